import { AsyncLocalStorage } from 'node:async_hooks';
import pLimit, { type LimitFunction } from 'p-limit';
import { gapKey } from '../../inventory/gaps.js';
import type { CoverageGap } from '../../inventory/inventory.js';
import type { ResourceType } from '../../inventory/resources.js';
import { serviceOfClient } from './actions.js';
import {
  DEFAULT_RETRY_POLICY,
  EndpointBreaker,
  type RetryPolicy,
  ScanRetryStrategy,
  ServiceBudget,
  ThrottleNotices,
} from './retry.js';
import { UnusableAnswerError } from './unusable-answer.js';

/** Seconds a request may take before it counts as failed (a coverage gap), unless --request-timeout says otherwise. */
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 10;

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
  /** Attempts for a failed call other than throttling (5xx, reset, timeout) before it becomes a gap. */
  maxAttempts?: number;
  /** Attempts for a throttled call before it becomes a gap. */
  throttleAttempts?: number;
  /** Seconds each request may take (connection included); default DEFAULT_REQUEST_TIMEOUT_SECONDS. */
  requestTimeoutSeconds?: number;
  /** Requests per second, and in flight, per service across all its regions. */
  serviceRate?: number;
  serviceConcurrency?: number;
  /** One-line notices for the user (a service that stays throttled, an endpoint given up on). */
  onNotice?: (line: string) => void;
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
  /** The resource properties the call fills (see CoverageGap.fields). */
  fields?: string[];
}

/** Any SDK v3 client: what the context needs to attach its middleware. */
interface SdkClient {
  middlewareStack: {
    add: (
      middleware: (
        // biome-ignore lint/suspicious/noExplicitAny: middleware arguments differ per step
        next: (args: any) => Promise<any>,
        context: Record<string, unknown>,
        // biome-ignore lint/suspicious/noExplicitAny: middleware arguments differ per step
      ) => (args: any) => Promise<any>,
      options: { step: 'initialize' | 'deserialize'; name: string; priority?: 'low' },
    ) => void;
  };
}

/** The shared client configuration: credentials by the default chain, demarc's retries, timeouts. */
interface ClientConfig {
  region: string;
  profile?: string;
  maxAttempts: number;
  retryStrategy: ScanRetryStrategy;
  requestHandler: {
    connectionTimeout: number;
    requestTimeout: number;
    socketTimeout: number;
    throwOnRequestTimeout: true;
  };
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
  private readonly gapKeys = new Set<string>();
  readonly limit: LimitFunction;
  /** The regions the scan reads; undefined = no limit (a collector tested on its own). */
  scanRegions: readonly string[] | undefined;
  private readonly options: AwsScanOptions;
  private readonly policy: RetryPolicy;
  private readonly budgets = new Map<string, ServiceBudget>();
  private readonly breakers = new Map<string, EndpointBreaker>();
  private readonly throttles: ThrottleNotices;
  /** The gap count of the service-and-region job a call runs for (for its progress line). */
  private readonly job = new AsyncLocalStorage<{ gaps: number }>();

  constructor(account: string, partition: string, options: AwsScanOptions) {
    this.account = account;
    this.partition = partition;
    this.options = options;
    this.limit = pLimit(options.concurrency ?? 8);
    this.policy = {
      ...DEFAULT_RETRY_POLICY,
      ...(options.maxAttempts && { otherAttempts: options.maxAttempts }),
      ...(options.throttleAttempts && { throttleAttempts: options.throttleAttempts }),
    };
    this.throttles = new ThrottleNotices(this.notice);
  }

  private readonly notice = (line: string): void => this.options.onNotice?.(line);

  private get timeoutSeconds(): number {
    return this.options.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS;
  }

  /** The budget every client of a service shares, whatever its region. */
  private budgetFor(service: string): ServiceBudget {
    let budget = this.budgets.get(service);
    if (!budget) {
      budget = new ServiceBudget(this.options.serviceConcurrency ?? 16, this.options.serviceRate ?? 50);
      this.budgets.set(service, budget);
    }
    return budget;
  }

  private breakerFor(service: string, region: string): EndpointBreaker {
    const key = `${service} in ${region}`;
    let breaker = this.breakers.get(key);
    if (!breaker) {
      breaker = new EndpointBreaker(key, this.policy.deadAfterTimeouts, this.timeoutSeconds, this.notice);
      this.breakers.set(key, breaker);
    }
    return breaker;
  }

  config(region: string, service = 'aws'): ClientConfig {
    const ms = Math.round(this.timeoutSeconds * 1000);
    return {
      region,
      maxAttempts: this.policy.throttleAttempts,
      retryStrategy: new ScanRetryStrategy(
        service,
        this.budgetFor(service),
        this.breakerFor(service, region),
        this.policy,
        this.throttles,
      ),
      // Without throwOnRequestTimeout the SDK only logs a warning and keeps waiting.
      requestHandler: {
        connectionTimeout: Math.min(ms, 5000),
        requestTimeout: ms,
        socketTimeout: ms,
        throwOnRequestTimeout: true,
      },
      ...(this.options.profile && { profile: this.options.profile }),
    };
  }

  /** Builds a client for a region and records every request it sends. */
  // biome-ignore lint/suspicious/noExplicitAny: every SDK client constructor takes its own config type
  client<C>(Client: new (config: any) => C, region: string, extra: object = {}): C {
    const client = new Client({ ...this.config(region, serviceOfClient(Client.name)), ...extra });
    (client as unknown as SdkClient).middlewareStack.add(awsAnswerGuard, {
      step: 'deserialize',
      name: 'demarcAwsAnswerGuard',
      // Low priority sits inside the SDK's deserializer: it sees the raw answer first.
      priority: 'low',
    });
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

  /** Records a failed call of this context's account; the same call failing again adds nothing. */
  recordGap(failed: Omit<CoverageGap, 'account'>): void {
    const gap: CoverageGap = { account: this.account, ...failed };
    const key = gapKey(gap);
    if (this.gapKeys.has(key)) return;
    this.gapKeys.add(key);
    this.gaps.push(gap);
    const job = this.job.getStore();
    if (job) job.gaps++;
  }

  /** Runs one service-and-region job, counting the gaps its own calls leave. */
  async runJob<T>(fn: () => Promise<T>): Promise<{ value: T; gaps: number }> {
    const counter = { gaps: 0 };
    const value = await this.job.run(counter, fn);
    return { value, gaps: counter.gaps };
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

const NOT_AWS = 'the endpoint answered with something that is not an AWS response';

/** Raised when an answer's body cannot be an AWS response (an HTML page from a proxy or portal). */
class NotAnAwsResponseError extends Error {
  override readonly name = 'NotAnAwsResponse';
  readonly $metadata: { httpStatusCode: number };
  constructor(status: number) {
    super(NOT_AWS);
    this.$metadata = { httpStatusCode: status };
  }
}

/**
 * Whether a body can be an AWS answer: empty, XML or JSON. An HTML page parses as XML to an empty
 * listing, which would silently drop every resource; it must fail instead.
 */
function looksLikeAwsBody(body: string): boolean {
  const text = body.trimStart();
  if (text === '') return true;
  if (/^<(!doctype|html)/i.test(text)) return false;
  return text.startsWith('<') || text.startsWith('{') || text.startsWith('[');
}

interface RawAnswer {
  response?: { statusCode?: number; body?: unknown };
}

/** Deserialize-step middleware: buffers the raw body and refuses one that is not AWS's. */
function awsAnswerGuard(next: (args: unknown) => Promise<RawAnswer>) {
  return async (args: unknown): Promise<RawAnswer> => {
    const answer = await next(args);
    const response = answer.response;
    const body = response?.body as (AsyncIterable<Uint8Array> & { pipe?: unknown }) | undefined;
    if (response && body && typeof body.pipe === 'function') {
      const chunks: Buffer[] = [];
      for await (const chunk of body) chunks.push(Buffer.from(chunk));
      const bytes = Buffer.concat(chunks);
      if (!looksLikeAwsBody(bytes.subarray(0, 512).toString('utf8'))) {
        throw new NotAnAwsResponseError(response.statusCode ?? 0);
      }
      response.body = new Uint8Array(bytes);
    }
    return answer;
  };
}

/** Parser failures (a truncated or foreign body) say what happened, not how the parser choked. */
function isParseFailure(e: { name?: string; message?: string }): boolean {
  return (
    e.name === 'SyntaxError' ||
    /XML parse error|is not valid JSON|Unexpected token|Unexpected end of JSON|Deserialization error/.test(
      e.message ?? '',
    )
  );
}

/** A short, secret-free description of an SDK error: its code and first line. */
export function describeError(error: unknown): string {
  const e = error as {
    name?: string;
    Code?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  if (error instanceof UnusableAnswerError) return `${error.name}: ${error.message}`;
  const status = e.$metadata?.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
  if (isParseFailure(e)) return `NotAnAwsResponse${status}: ${NOT_AWS}`;
  const code0 = (error as { code?: unknown }).code;
  if (code0 === 'ECONNRESET' || code0 === 'EPIPE') {
    return 'ConnectionReset: the connection was closed before an answer came';
  }
  const code = e.Code ?? e.name ?? 'Error';
  const message = (e.message ?? '').split('\n')[0]?.replace(/(AKIA|ASIA)[A-Z0-9]{16}/g, '$1****') ?? '';
  return `${code}${status}${message && message !== code ? `: ${message}` : ''}`;
}
