import pLimit, { type LimitFunction } from 'p-limit';
import type { CoverageGap } from '../../inventory/inventory.js';
import type { ResourceType } from '../../inventory/resources.js';

/** One API request demarc made, as recorded by the client middleware (for coverage and the read-only test). */
export interface ApiCall {
  service: string;
  operation: string;
  region: string;
}

export interface AwsScanOptions {
  /** Regions to read; undefined = every region enabled for the account. */
  regions?: string[];
  profile?: string;
  /** Concurrent per-resource calls per collector. */
  concurrency?: number;
  /** Retries the SDK's adaptive mode makes before a call becomes a coverage gap. */
  maxAttempts?: number;
  /** Called for every request sent (tests record; the CLI counts). */
  onCall?: (call: ApiCall) => void;
  /** Progress events for the terminal. */
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { kind: 'start'; service: string; region: string }
  | { kind: 'done'; service: string; region: string; resources: number; gaps: number };

/** Where a call is made, and what its failure leaves unknown (see CoverageGap). */
export interface CallSite {
  service: string;
  region: string;
  api: string;
  resourceTypes: ResourceType[];
  resourceId?: string;
  detail?: boolean;
}

/** Any SDK v3 client: what the context needs to attach the request recorder. */
interface SdkClient {
  middlewareStack: {
    add: (
      middleware: (
        next: (args: unknown) => Promise<unknown>,
        context: Record<string, unknown>,
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; name: string },
    ) => void;
  };
}

/** The shared client configuration: credentials by the default chain, adaptive retries. */
export interface ClientConfig {
  region: string;
  profile?: string;
  maxAttempts: number;
  retryMode: 'adaptive';
}

/**
 * What collectors share during a live scan: client config per region, bounded concurrency, and the
 * coverage gaps. A failed call never throws out of a collector: it becomes a gap, and the value it
 * would have given stays unknown.
 */
export class AwsContext {
  readonly account: string;
  readonly partition: string;
  readonly gaps: CoverageGap[] = [];
  readonly limit: LimitFunction;
  private readonly options: AwsScanOptions;

  constructor(account: string, partition: string, options: AwsScanOptions) {
    this.account = account;
    this.partition = partition;
    this.options = options;
    this.limit = pLimit(options.concurrency ?? 8);
  }

  config(region: string): ClientConfig {
    return {
      region,
      maxAttempts: this.options.maxAttempts ?? 4,
      retryMode: 'adaptive',
      ...(this.options.profile && { profile: this.options.profile }),
    };
  }

  /** Builds a client for a region and records every request it sends. */
  // biome-ignore lint/suspicious/noExplicitAny: every SDK client constructor takes its own config type
  client<C>(Client: new (config: any) => C, region: string, extra: object = {}): C {
    const client = new Client({ ...this.config(region), ...extra });
    const onCall = this.options.onCall;
    if (onCall) {
      (client as unknown as SdkClient).middlewareStack.add(
        (next, context) => (args) => {
          onCall({
            service: String(context.clientName ?? ''),
            operation: String(context.commandName ?? ''),
            region,
          });
          return next(args);
        },
        { step: 'initialize', name: 'demarcCallRecorder' },
      );
    }
    return client;
  }

  recordGap(gap: CoverageGap): void {
    this.gaps.push(gap);
  }

  /**
   * Runs one API call; on failure records a coverage gap and returns undefined, so the fields that
   * depend on it stay unknown and their checks come out not assessed.
   */
  async call<T>(where: CallSite, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (error) {
      this.recordGap({ ...where, error: describeError(error) });
      return undefined;
    }
  }

  progress(event: ProgressEvent): void {
    this.options.onProgress?.(event);
  }
}

/** A short, secret-free description of an SDK error: its code and first line. */
export function describeError(error: unknown): string {
  const e = error as {
    name?: string;
    Code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const code = e.Code ?? e.name ?? 'Error';
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  const message = (e.message ?? '').split('\n')[0]?.replace(/(AKIA|ASIA)[A-Z0-9]{16}/g, '$1****') ?? '';
  return `${code}${status}${message && message !== code ? `: ${message}` : ''}`;
}
