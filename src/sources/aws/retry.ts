/**
 * How a live scan paces and retries its requests. The SDK's adaptive mode throttles each client
 * on its own and, under sustained throttling, drops it to about half a request per second; this
 * replaces it with one budget per service shared by all of that service's regions and clients,
 * jittered exponential backoff that keeps retrying throttled calls, and a breaker that stops
 * waiting on an endpoint that has stopped answering.
 */

/** Error types as the SDK's retry middleware classifies them. */
type ErrorType = 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR';

interface RetryErrorInfo {
  errorType: ErrorType;
  error?: unknown;
  retryAfterHint?: Date;
}

export interface RetryPolicy {
  /** Attempts for a throttled call before it becomes a coverage gap. */
  throttleAttempts: number;
  /** Attempts for other retryable failures (5xx, reset connections, timeouts). */
  otherAttempts: number;
  /** First backoff ceiling in ms; each retry doubles it, full jitter below it. */
  baseDelayMs: number;
  throttleBaseDelayMs: number;
  maxDelayMs: number;
  /** Timeouts in a row, with no answer between, after which an endpoint counts as dead. */
  deadAfterTimeouts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  throttleAttempts: 10,
  otherAttempts: 3,
  baseDelayMs: 100,
  throttleBaseDelayMs: 400,
  maxDelayMs: 10_000,
  deadAfterTimeouts: 2,
};

/** Full-jitter exponential backoff: uniform in [0, min(max, base·2^retry)). */
function backoffDelay(retry: number, base: number, max: number, random: () => number): number {
  return Math.floor(random() * Math.min(max, base * 2 ** retry));
}

/** A counting semaphore: at most `size` holders, the rest wait in order. */
class Semaphore {
  private held = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly size: number) {}

  async acquire(): Promise<void> {
    if (this.held < this.size) {
      this.held++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held--;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One service's request budget across all its regions: requests in flight, and a steady rate with
 * a one-second burst (a virtual schedule: each request takes the next free slot in time).
 */
export class ServiceBudget {
  private readonly slots: Semaphore;
  private readonly interval: number;
  private readonly burst: number;
  private next = 0;

  constructor(concurrency: number, ratePerSecond: number) {
    this.slots = new Semaphore(concurrency);
    this.interval = 1000 / ratePerSecond;
    this.burst = ratePerSecond * this.interval;
  }

  async take(): Promise<void> {
    await this.slots.acquire();
    const now = Date.now();
    const start = Math.max(now, this.next - this.burst);
    this.next = Math.max(this.next, now) + this.interval;
    if (start > now) await sleep(start - now);
  }

  release(): void {
    this.slots.release();
  }
}

/** Raised instead of sending when an endpoint has already timed out repeatedly. */
class EndpointUnresponsiveError extends Error {
  override readonly name = 'EndpointUnresponsive';
}

/**
 * A request or connection that ran out of time. The SDK also names a reset connection
 * TimeoutError (code ECONNRESET): that endpoint answered, if rudely, and is not dead.
 */
function isTimeout(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown } | null;
  return e?.code === 'ETIMEDOUT' || (e?.name === 'TimeoutError' && e?.code === undefined);
}

/** Per service and region: gives up on an endpoint after a few timeouts with no answer between. */
export class EndpointBreaker {
  private timeouts = 0;
  private dead = false;
  constructor(
    private readonly label: string,
    private readonly deadAfter: number,
    private readonly timeoutSeconds: number,
    private readonly notice: (line: string) => void,
  ) {}

  get isDead(): boolean {
    return this.dead;
  }

  check(): void {
    if (this.dead) {
      throw new EndpointUnresponsiveError(
        `no answer from ${this.label} within ${this.timeoutSeconds} s after ${this.deadAfter} tries; not asked`,
      );
    }
  }

  answered(): void {
    if (!this.dead) this.timeouts = 0;
  }

  timedOut(): void {
    if (this.dead) return;
    this.timeouts++;
    if (this.timeouts >= this.deadAfter) {
      this.dead = true;
      this.notice(
        `demarc: ${this.label} did not answer within ${this.timeoutSeconds} s (${this.timeouts} timeouts); its remaining calls are coverage gaps`,
      );
    }
  }
}

/** Tells once per service that a call gave up while still throttled. */
export class ThrottleNotices {
  private readonly told = new Set<string>();
  constructor(private readonly notice: (line: string) => void) {}

  gaveUp(service: string, attempts: number): void {
    if (this.told.has(service)) return;
    this.told.add(service);
    this.notice(
      `demarc: ${service} stayed throttled: a call was still refused after ${attempts} attempts with backoff; such calls are coverage gaps (lower the load or retry later)`,
    );
  }
}

class Token {
  constructor(private readonly count: number) {}
  getRetryCount(): number {
    return this.count;
  }
  getRetryDelay(): number {
    // The strategy has already waited; the middleware must not wait again.
    return 0;
  }
  getRetryCost(): number | undefined {
    return undefined;
  }
}

/**
 * The SDK's RetryStrategyV2 interface, implemented for one client: every attempt takes a slot of
 * the service's budget, retries wait a jittered exponential backoff, and a dead endpoint is not
 * asked again.
 */
export class ScanRetryStrategy {
  readonly mode = 'standard';

  constructor(
    private readonly service: string,
    private readonly budget: ServiceBudget,
    private readonly breaker: EndpointBreaker,
    private readonly policy: RetryPolicy,
    private readonly throttles: ThrottleNotices,
    private readonly random: () => number = Math.random,
  ) {}

  async acquireInitialRetryToken(_scope: string): Promise<Token> {
    this.breaker.check();
    await this.budget.take();
    return new Token(0);
  }

  async refreshRetryTokenForRetry(token: Token, info: RetryErrorInfo): Promise<Token> {
    this.budget.release();
    if (isTimeout(info.error)) this.breaker.timedOut();
    else this.breaker.answered();
    const throttled = info.errorType === 'THROTTLING';
    const retryable = throttled || info.errorType === 'TRANSIENT';
    const attempts = throttled ? this.policy.throttleAttempts : this.policy.otherAttempts;
    const retries = token.getRetryCount();
    if (!retryable || this.breaker.isDead) throw new Error('not retried');
    if (retries + 1 >= attempts) {
      if (throttled) this.throttles.gaveUp(this.service, attempts);
      throw new Error('no attempts left');
    }
    const base = throttled ? this.policy.throttleBaseDelayMs : this.policy.baseDelayMs;
    let delay = backoffDelay(retries, base, this.policy.maxDelayMs, this.random);
    if (info.retryAfterHint) {
      const hinted = info.retryAfterHint.getTime() - Date.now();
      delay = Math.max(delay, Math.min(hinted, this.policy.maxDelayMs));
    }
    await sleep(delay);
    this.breaker.check();
    await this.budget.take();
    return new Token(retries + 1);
  }

  recordSuccess(_token: Token): void {
    this.budget.release();
    this.breaker.answered();
  }
}
