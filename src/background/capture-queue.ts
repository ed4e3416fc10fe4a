/**
 * Keeps screenshots within Chrome's quota: MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND is 2, and a
 * call over it fails at once (Chrome does not retry). A burst of clicks must still give one step
 * per click, so the queue decides per request:
 *  - a free slot: capture now ("own");
 *  - no slot, but a capture of the same tab began a moment ago: reuse it ("shared");
 *  - otherwise wait for the next slot; everyone waiting then shares one capture ("deferred").
 */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type Mode = 'own' | 'shared' | 'deferred';

export interface Ticket<T> {
  mode: Mode;
  result: Promise<T>;
}

export interface QueueOptions {
  /** Calls allowed per window. */
  limit: number;
  /** The rolling window, with a margin over Chrome's one second for timer jitter. */
  windowMs: number;
  /** A capture that began this recently is close enough in time to share. */
  shareWithinMs: number;
  /** Retries of a capture that Chrome still refused for quota. */
  quotaRetries: number;
}

const DEFAULTS: QueueOptions = { limit: 2, windowMs: 1080, shareWithinMs: 150, quotaRetries: 3 };

export function isQuotaRefusal(error: unknown): boolean {
  return /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|quota/i.test(
    error instanceof Error ? error.message : String(error),
  );
}

export class CaptureQueue<T> {
  private readonly options: QueueOptions;
  /** Start times of recent captures, oldest first. */
  private readonly starts: number[] = [];
  private last: { key: number; startedAt: number; result: Promise<T> } | undefined;
  private waiting: { key: number; result: Promise<T> } | undefined;
  /** Serialises deferred batches so they take slots in arrival order. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly clock: Clock = realClock,
    options: Partial<QueueOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Milliseconds until a slot is free (0 when one is free now). */
  private waitForSlot(): number {
    const now = this.clock.now();
    while (this.starts.length > 0 && now - this.starts[0]! >= this.options.windowMs) this.starts.shift();
    if (this.starts.length < this.options.limit) return 0;
    return this.starts[0]! + this.options.windowMs - now;
  }

  private start(key: number, task: () => Promise<T>): Promise<T> {
    const startedAt = this.clock.now();
    this.starts.push(startedAt);
    const result = this.withQuotaRetry(task, this.options.quotaRetries);
    this.last = { key, startedAt, result };
    return result;
  }

  private async withQuotaRetry(task: () => Promise<T>, retries: number): Promise<T> {
    try {
      return await task();
    } catch (error) {
      if (retries <= 0 || !isQuotaRefusal(error)) throw error;
      // Something outside our accounting used the quota: wait out a whole window.
      await this.clock.sleep(this.options.windowMs);
      this.starts.push(this.clock.now());
      return this.withQuotaRetry(task, retries - 1);
    }
  }

  /**
   * A capture nobody waits for (a standby screenshot): taken only when a slot is free now and no
   * action waits for one. An action that follows in the same window either finds the page
   * unchanged (and needs no capture) or falls back to this picture rather than wait.
   */
  tryIdle(key: number, task: () => Promise<T>): Promise<T> | undefined {
    if (this.waiting || this.waitForSlot() > 0) return undefined;
    return this.start(key, task);
  }

  /** Resolves once every capture asked for so far has been taken (or failed), or after `ms`. */
  settled(ms: number): Promise<void> {
    const pending = Promise.all([this.tail, this.last?.result.catch(() => undefined)]);
    return Promise.race([pending.then(() => undefined), this.clock.sleep(ms)]);
  }

  /** Milliseconds until a slot frees (0 when one is free now). */
  msUntilSlot(): number {
    return this.waitForSlot();
  }

  /** Whether a request now would have to wait for a slot (and so show the page after the action). */
  wouldDefer(key: number): boolean {
    if (!this.waiting && this.waitForSlot() === 0) return false;
    const last = this.last;
    return !(last && last.key === key && this.clock.now() - last.startedAt <= this.options.shareWithinMs);
  }

  /** A screenshot for an action in tab `key`; `task` takes it when the queue says so. */
  request(key: number, task: () => Promise<T>): Ticket<T> {
    if (!this.waiting && this.waitForSlot() === 0) return { mode: 'own', result: this.start(key, task) };
    const last = this.last;
    if (last && last.key === key && this.clock.now() - last.startedAt <= this.options.shareWithinMs) {
      return { mode: 'shared', result: last.result };
    }
    if (this.waiting && this.waiting.key === key) return { mode: 'deferred', result: this.waiting.result };
    const result = this.tail.then(async () => {
      for (let wait = this.waitForSlot(); wait > 0; wait = this.waitForSlot()) await this.clock.sleep(wait);
      if (this.waiting?.result === result) this.waiting = undefined;
      return this.start(key, task);
    });
    this.waiting = { key, result };
    this.tail = result.catch(() => undefined);
    return { mode: 'deferred', result };
  }
}
