/**
 * Events wait here, in order, until the background acknowledges them. The service worker may be
 * asleep or restarting ("Receiving end does not exist"); an event is retried until it is stored,
 * so a worker restart mid-recording loses nothing. One event is in flight at a time, which keeps
 * the order the person acted in.
 */
import type { ObservedEvent } from '../shared/protocol';

const TRANSIENT =
  /Receiving end does not exist|Could not establish connection|message port closed|did not answer/i;
const GONE = /Extension context invalidated/i;
/** Backoff for a restarting worker: ~12 s in all before an event is given up. */
const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1600, 3000, 3000, 3000];

export type Send = (event: ObservedEvent) => Promise<unknown>;

export class Outbox {
  private readonly queue: ObservedEvent[] = [];
  private pumping = false;

  constructor(
    private readonly send: Send,
    /** Called when the extension was reloaded or removed: this script can do nothing more. */
    private readonly onGone: () => void,
    private readonly sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
  ) {}

  get pending(): number {
    return this.queue.length;
  }

  push(event: ObservedEvent): void {
    this.queue.push(event);
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      let attempt = 0;
      while (this.queue.length > 0) {
        const event = this.queue[0]!;
        try {
          await this.send(event);
          this.queue.shift();
          attempt = 0;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (GONE.test(message)) {
            this.queue.length = 0;
            this.onGone();
            return;
          }
          const delay = RETRY_DELAYS_MS[attempt];
          if (TRANSIENT.test(message) && delay !== undefined) {
            attempt++;
            await this.sleep(delay);
            continue;
          }
          // Refused for good (recording stopped, or this tab is no longer recorded): drop it.
          this.queue.shift();
          attempt = 0;
        }
      }
    } finally {
      this.pumping = false;
    }
  }
}
