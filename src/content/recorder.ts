/** Turns drafts from the event table into numbered, placed events and hands them to the outbox. */
import type { Target } from '../shared/model';
import type { ObservedEvent } from '../shared/protocol';
import { describe } from './describe';
import { createEventTable, type Draft } from './events';
import { framePlacement } from './frame';
import type { Outbox } from './outbox';
import { secretRects } from './secret-rects';

export class Recorder {
  private seq = 0;
  private lastAt = 0;
  private listeners: ReadonlyArray<readonly [string, (event: Event) => void]> = [];

  constructor(private readonly outbox: Outbox) {}

  get attached(): boolean {
    return this.listeners.length > 0;
  }

  attach(): void {
    if (this.attached) return;
    this.listeners = createEventTable({
      emit: (draft, at) => this.emit(draft, at),
      describe: (element) => this.describe(element),
    });
    for (const [type, listener] of this.listeners) window.addEventListener(type, listener, { capture: true });
  }

  detach(): void {
    for (const [type, listener] of this.listeners)
      window.removeEventListener(type, listener, { capture: true });
    this.listeners = [];
  }

  private describe(element: Element): Target {
    return describe(element, framePlacement().offset ?? { x: 0, y: 0 });
  }

  private emit(draft: Draft, at = performance.timeOrigin + performance.now()): void {
    const placement = framePlacement();
    // Strictly increasing within a document, so that order survives equal timestamps.
    const time = Math.max(at, this.lastAt + 0.001);
    this.lastAt = Math.max(this.lastAt, time);
    const event = {
      ...draft,
      eventId: crypto.randomUUID(),
      seq: ++this.seq,
      at: time,
      url: location.href,
      pageTitle: document.title,
      viewport: placement.viewport,
      sensitiveRects: placement.offset ? secretRects(placement.offset) : [],
      ...(placement.offset ? {} : { placementUnknown: true as const }),
    } as ObservedEvent;
    this.outbox.push(event);
  }
}
