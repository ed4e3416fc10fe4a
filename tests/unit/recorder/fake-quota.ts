/**
 * captureVisibleTab as Chrome meters it: MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND is 2, and a call
 * that would make a third within any rolling second is refused at once (and not counted).
 */
import type { Clock } from '../../../src/background/capture-queue';

export const QUOTA_MESSAGE = 'This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.';

export interface Shot {
  /** 1, 2, 3 … in the order the captures were taken. */
  n: number;
  tabKey: number;
  takenAt: number;
}

export class FakeQuotaCapture {
  /** Times of the calls Chrome accepted. */
  readonly accepted: number[] = [];
  /** Times of the calls Chrome refused for quota. */
  readonly refused: number[] = [];
  private taken = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limit = 2,
    private readonly windowMs = 1000,
  ) {}

  /** A capture call; like the real API it is asynchronous and fails at once when over quota. */
  async capture(tabKey: number): Promise<Shot> {
    const now = this.clock.now();
    const recent = this.accepted.filter((t) => now - t < this.windowMs).length;
    if (recent >= this.limit) {
      this.refused.push(now);
      throw new Error(QUOTA_MESSAGE);
    }
    this.accepted.push(now);
    return { n: ++this.taken, tabKey, takenAt: now };
  }

  /** The largest number of accepted calls in any rolling window. */
  maxInWindow(): number {
    let max = 0;
    for (const t of this.accepted) {
      max = Math.max(max, this.accepted.filter((u) => u <= t && t - u < this.windowMs).length);
    }
    return max;
  }
}
