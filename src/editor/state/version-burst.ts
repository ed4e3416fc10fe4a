/**
 * When the editor saves a version of the procedure: after a burst of edits followed by a pause
 * (VERSION_PAUSE_MS without a save), or when the burst is ended early (the editor closing, a
 * restore about to replace the procedure). One version per burst, however many keystrokes; a burst
 * that changed nothing in the end is skipped by the repository (equal to the newest version).
 */

export const VERSION_PAUSE_MS = 30_000;

export class VersionBurst {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private open = false;

  constructor(
    private readonly saveVersion: () => Promise<unknown>,
    private readonly pauseMs = VERSION_PAUSE_MS,
  ) {}

  /** An edit reached storage: the burst goes on, and the pause starts again. */
  edited(): void {
    this.open = true;
    this.clearTimer();
    this.timer = setTimeout(() => void this.end(), this.pauseMs);
  }

  /** True while edits are stored that no version holds yet. */
  get pending(): boolean {
    return this.open;
  }

  /** Ends the burst now: saves its version, if it had edits. Never throws (history is housekeeping). */
  async end(): Promise<void> {
    this.clearTimer();
    if (!this.open) return;
    this.open = false;
    await this.saveVersion().catch(() => undefined);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
