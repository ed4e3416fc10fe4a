/**
 * Saves the editor's state as it changes. Writes are serialised (one at a time, in order) and each
 * writes the diff from the last saved state, so a burst of keystrokes becomes one write and an
 * undo in the middle of a write is never lost. Typing waits a moment; everything else saves at once.
 */
import type { EditState } from '../../shared/edit';

export type Writer = (before: EditState, after: EditState) => Promise<boolean>;

export class Saver {
  private saved: EditState;
  private wanted: EditState;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(
    initial: EditState,
    private readonly write: Writer,
    private readonly onSaved: (wrote: boolean) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    this.saved = initial;
    this.wanted = initial;
  }

  /** Saves `state` after `delayMs` (0: now), replacing any state still waiting. */
  schedule(state: EditState, delayMs = 0): void {
    this.wanted = state;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (delayMs <= 0) void this.run();
    else this.timer = setTimeout(() => void this.run(), delayMs);
  }

  /** Saves whatever is waiting and resolves once storage holds it. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.run();
  }

  get dirty(): boolean {
    return this.wanted !== this.saved;
  }

  /** After a reload from storage: that state is both saved and wanted. */
  reset(state: EditState): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.saved = state;
    this.wanted = state;
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
      try {
        const wrote = await this.write(this.saved, target);
        this.saved = target;
        this.onSaved(wrote);
      } catch (error) {
        // Keep `saved` as it was: the next schedule or flush writes the whole difference again.
        this.onError(error);
        return;
      }
    }
  }
}
