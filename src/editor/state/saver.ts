/**
 * Saves the editor's state as it changes. Writes are serialised (one at a time, in order) and each
 * writes the diff from the last saved state, so a burst of keystrokes becomes one write and an
 * undo in the middle of a write is never lost. Typing waits a moment; everything else saves at once.
 */
import type { EditState } from '../../shared/edit';

export type Writer = (before: EditState, after: EditState) => Promise<boolean>;

export interface SaverEvents {
  /** A write finished; `wrote` is false when there turned out to be nothing to write. */
  saved(wrote: boolean): void;
  failed(error: unknown): void;
  /** `pending` may have changed. */
  changed(): void;
}

export class Saver {
  private saved: EditState;
  private wanted: EditState;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private writing = false;

  constructor(
    initial: EditState,
    private readonly write: Writer,
    private readonly events: SaverEvents,
  ) {
    this.saved = initial;
    this.wanted = initial;
  }

  /** Saves `state` after `delayMs` (0: now), replacing any state still waiting. */
  schedule(state: EditState, delayMs = 0): void {
    this.wanted = state;
    this.clearTimer();
    if (delayMs <= 0) void this.run();
    else this.timer = setTimeout(() => void this.run(), delayMs);
    this.events.changed();
  }

  /** Saves whatever is waiting and resolves once storage holds it. */
  async flush(): Promise<void> {
    this.clearTimer();
    await this.run();
  }

  /** True while something is not yet in storage: waiting for a typing pause, or being written. */
  get pending(): boolean {
    return this.wanted !== this.saved || this.writing;
  }

  /** After a reload from storage: that state is both saved and wanted. */
  reset(state: EditState): void {
    this.clearTimer();
    this.saved = state;
    this.wanted = state;
    this.events.changed();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): Promise<void> {
    // A loop under way may already be past its last check, so a newer state queues another loop.
    if (this.running) return this.running.then(() => this.run());
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    while (this.wanted !== this.saved) {
      const target = this.wanted;
      this.writing = true;
      try {
        const wrote = await this.write(this.saved, target);
        this.saved = target;
        this.writing = false;
        this.events.saved(wrote);
      } catch (error) {
        // Keep `saved` as it was: the next schedule or flush writes the whole difference again.
        this.writing = false;
        this.events.failed(error);
        this.events.changed();
        return;
      }
    }
    this.events.changed();
  }
}
