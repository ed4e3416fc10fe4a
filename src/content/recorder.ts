/** Turns drafts from the event table into numbered, placed events and hands them to the outbox. */
import type { Target } from '../shared/model';
import type { ObservedEvent } from '../shared/protocol';
import { describe } from './describe';
import { stopWatching } from './dom-version';
import { createEventTable, type Draft } from './events';
import { framePlacement } from './frame';
import type { Outbox } from './outbox';
import { isPicking } from './picker';
import { secretRects } from './secret-rects';
import { pageStamp, reportSettling } from './settle';
import { stopTextWatch } from './text-hits';

export class Recorder {
  private seq = 0;
  private lastAt = 0;
  private listeners: ReadonlyArray<readonly [string, (event: Event) => void]> = [];
  /** Events seen before the background said whether this document records (see listenEarly). */
  private held: ObservedEvent[] | undefined;
  private stopSettling: (() => void) | undefined;

  /** `settled` hears the page's stamp whenever the recorded page settles after a change. */
  constructor(
    private readonly outbox: Outbox,
    private readonly settled: (stamp: string) => void = () => undefined,
  ) {}

  get attached(): boolean {
    return this.listeners.length > 0;
  }

  /**
   * Adds the listeners now but holds what they see until attach() or detach(). Injected as a
   * document starts, the recorder must add its window capture listeners before the page's own
   * scripts do: a page listener added first can stopImmediatePropagation() and hide the event.
   * Waiting for the background's answer to content.hello first roughly halved how often the
   * recorder beat the toolkit of tests/e2e/fixtures/hostile(-inline) on pages loaded while
   * recording (14 of 75 loads against 32 of 90 on an idle machine; 24 of 45 against 39 of 45 on a
   * busy one). The rest is executeScript arriving after the page's first scripts, which only a
   * document_start registration avoids (SECURITY.md, known limits; `npm run bench` measures it).
   */
  listenEarly(): void {
    if (this.attached) return;
    this.held = [];
    this.addListeners();
  }

  /** Records from now on, sending whatever was held since listenEarly(). */
  attach(): void {
    const held = this.held ?? [];
    this.held = undefined;
    if (!this.attached) this.addListeners();
    this.stopSettling ??= reportSettling(this.settled);
    for (const event of held) this.outbox.push(event);
  }

  /** Stops recording; anything held is dropped without leaving the page. */
  detach(): void {
    this.held = undefined;
    for (const [type, listener] of this.listeners)
      window.removeEventListener(type, listener, { capture: true });
    this.listeners = [];
    this.stopSettling?.();
    this.stopSettling = undefined;
    // Not recording: the page's own changes should cost it nothing at all.
    stopWatching();
    stopTextWatch();
  }

  private addListeners(): void {
    this.listeners = createEventTable({
      emit: (draft, at) => this.emit(draft, at),
      describe: (element) => this.describe(element),
    });
    for (const [type, listener] of this.listeners) window.addEventListener(type, listener, { capture: true });
  }

  private describe(element: Element): Target {
    return describe(element, framePlacement().offset ?? { x: 0, y: 0 });
  }

  private emit(draft: Draft, at = performance.timeOrigin + performance.now()): void {
    // Choosing an element to cover ("Cover an element…") is not part of the task.
    if (isPicking()) return;
    const placement = framePlacement();
    const offset = placement.offset;
    const stamp = pageStamp();
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
      sensitiveRects: offset ? secretRects(offset) : [],
      ...(offset ? {} : { placementUnknown: true as const }),
      ...(stamp ? { stamp } : {}),
    } as ObservedEvent;
    if (this.held) this.held.push(event);
    else this.outbox.push(event);
  }
}
