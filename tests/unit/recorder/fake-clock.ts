/** Manual time for code that takes an injectable Clock: nothing happens until the test advances it. */
import type { Clock } from '../../../src/background/capture-queue';

interface Timer {
  at: number;
  resolve: () => void;
}

/** Lets every pending promise continuation run (a macrotask runs after all microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class FakeClock implements Clock {
  private time = 0;
  private timers: Timer[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timers.push({ at: this.time + Math.max(0, ms), resolve });
    });
  }

  /** Moves time forward, waking each sleeper at its own moment and letting it run before the next. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await settle();
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.time = next.at;
      next.resolve();
      await settle();
    }
    this.time = end;
    await settle();
  }

  get sleepers(): number {
    return this.timers.length;
  }
}
