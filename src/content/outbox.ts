/**
 * Events wait here until the background acknowledges them. The service worker may be asleep or
 * restarting ("Receiving end does not exist"); each event is retried until it is stored, so a
 * worker restart mid-recording loses nothing.
 *
 * Every event is sent the moment it is pushed, not behind the previous one's acknowledgement: an
 * Enter that submits a form can unload the page a few milliseconds later, and a message already
 * handed to the browser is delivered while one still queued here is lost with the page. Order
 * does not depend on arrival: a step's place comes from the time of its event.
 */
import { type FailureCode, HandoffError } from '../shared/failure';
import type { ObservedEvent } from '../shared/protocol';

/**
 * Errors after which the event may or may not be stored; sending it again is safe because the
 * background stores a step id once. When the worker stops while it holds the reply, Chromium 156
 * says "A listener indicated an asynchronous response by returning true, but the message channel
 * closed before a response was received" (seen in tests/e2e/faults.test.ts); older versions said
 * "The message port closed before a response was received".
 */
const TRANSIENT =
  /Receiving end does not exist|Could not establish connection|message (port|channel) closed/i;
const GONE = /Extension context invalidated/i;
/** Backoff for a restarting worker: ~12 s in all before an event is given up. */
const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1600, 3000, 3000, 3000];

/** Handoff's own refusals say by their code; the browser's transport errors only by their words. */
function retryable(error: unknown, message: string): boolean {
  if (error instanceof HandoffError) return RETRY_CODES.has(error.code);
  return TRANSIENT.test(message);
}
const RETRY_CODES = new Set<FailureCode>(['no-answer']);

export type Send = (event: ObservedEvent) => Promise<unknown>;

export class Outbox {
  private readonly inFlight = new Set<string>();
  private gone = false;

  constructor(
    private readonly send: Send,
    /** Called once when the extension was reloaded or removed: this script can do nothing more. */
    private readonly onGone: () => void,
    private readonly sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
  ) {}

  /** Events not yet acknowledged (nor given up). */
  get pending(): number {
    return this.inFlight.size;
  }

  push(event: ObservedEvent): void {
    if (this.gone) return;
    this.inFlight.add(event.eventId);
    void this.deliver(event).finally(() => this.inFlight.delete(event.eventId));
  }

  private async deliver(event: ObservedEvent): Promise<void> {
    for (let attempt = 0; !this.gone; attempt++) {
      try {
        await this.send(event);
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (GONE.test(message)) {
          this.giveUp();
          return;
        }
        const delay = RETRY_DELAYS_MS[attempt];
        // Refused for good (recording stopped, this tab no longer recorded), or retried too long.
        if (!retryable(error, message) || delay === undefined) return;
        await this.sleep(delay);
      }
    }
  }

  private giveUp(): void {
    if (this.gone) return;
    this.gone = true;
    this.inFlight.clear();
    this.onGone();
  }
}
