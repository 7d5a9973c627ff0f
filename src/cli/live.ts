import { InputError } from '../errors.js';
import { collectAws } from '../sources/aws/scan.js';
import type { Snapshot } from '../sources/snapshot/format.js';
import { type ProgressMode, progressReporter } from './progress.js';

interface LiveOptions {
  regions?: string[];
  profile?: string;
  /** Seconds each AWS request may take before it becomes a coverage gap. */
  requestTimeoutSeconds?: number;
  progress: ProgressMode;
  stderr: (text: string) => void;
}

/** Reads the account behind the default credential chain into a snapshot, read-only. */
export async function collectSnapshot(options: LiveOptions): Promise<{ snapshot: Snapshot; calls: number }> {
  const collectedAt = new Date();
  const progress = progressReporter(options.progress, options.stderr);
  let calls = 0;
  const live = await collectAws({
    ...(options.regions && { regions: options.regions }),
    ...(options.profile && { profile: options.profile }),
    ...(options.requestTimeoutSeconds && { requestTimeoutSeconds: options.requestTimeoutSeconds }),
    onNotice: (line) => progress.notice(line),
    onCall: () => {
      calls++;
    },
    onProgress: (e) => progress.onProgress(e),
  });
  progress.finish();
  return {
    snapshot: {
      demarcSnapshot: 1,
      description: `live collection of account ${live.account} in ${live.regions.join(', ')}`,
      collectedAt: collectedAt.toISOString(),
      resources: [...live.inventory.resources],
      gaps: [...live.inventory.gaps],
    },
    calls,
  };
}

export interface LiveFlags {
  region?: string[];
  profile?: string;
  quiet?: boolean;
  'request-timeout'?: string;
}

/** --request-timeout SECONDS: a positive number (fractions allowed), else a usage error. */
export function parseRequestTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds > 0) || !Number.isFinite(seconds)) {
    throw new InputError(`--request-timeout must be a positive number of seconds, got '${value}'`);
  }
  return seconds;
}

/** The live-read options the command-line flags ask for. */
export function liveOptions(
  values: LiveFlags,
  io: { stderr: (text: string) => void; isStderrTty: boolean },
): LiveOptions {
  const regions = values.region
    ?.flatMap((r) => r.split(','))
    .map((r) => r.trim())
    .filter(Boolean);
  const requestTimeoutSeconds = parseRequestTimeout(values['request-timeout']);
  return {
    ...(regions && regions.length > 0 && { regions }),
    ...(values.profile && { profile: values.profile }),
    ...(requestTimeoutSeconds && { requestTimeoutSeconds }),
    progress: values.quiet ? 'quiet' : io.isStderrTty ? 'live' : 'lines',
    stderr: io.stderr,
  };
}

export const LIVE_FLAGS = {
  region: { type: 'string', multiple: true },
  profile: { type: 'string' },
  quiet: { type: 'boolean' },
  'request-timeout': { type: 'string' },
} as const;
