/** The target's context rectangle survives the background's cleaning, bounded, and moves with a placed frame. */
import { describe, expect, it } from 'vitest';
import { parseEvent, placeInFrame, stepFromEvent } from '../../../src/background/step-builder';
import type { ObservedEvent } from '../../../src/shared/protocol';

const page = { procedureId: 'proc-1', url: 'https://shop.example.test/cart', pageTitle: 'Cart' };

/** A click event as the gate reads it (parseEvent), with `context` as the recorder sent it. */
function click(context: unknown): ObservedEvent {
  return parseEvent({
    eventId: 'ev-1',
    seq: 1,
    at: 1_700_000_000_000,
    url: page.url,
    pageTitle: page.pageTitle,
    viewport: { width: 1280, height: 720, devicePixelRatio: 1 },
    sensitiveRects: [],
    type: 'click',
    button: 'left',
    clickCount: 1,
    target: {
      role: 'button',
      name: 'Pay now',
      tag: 'button',
      selectors: [['#pay']],
      rect: { x: 10, y: 20, width: 80, height: 24 },
      context,
    },
  });
}

describe('target context in the step builder', () => {
  it('keeps a context rectangle, numbers only', () => {
    const step = stepFromEvent(click({ x: 5, y: 6, width: 300, height: 200, extra: '<b>' }), page);
    expect(step.target?.context).toEqual({ x: 5, y: 6, width: 300, height: 200 });
  });

  it('turns junk into zeros and leaves an absent context absent', () => {
    const junk = stepFromEvent(click({ x: 'a', y: Number.NaN, width: null }), page);
    expect(junk.target?.context).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    const none = stepFromEvent(click(undefined), page);
    expect(none.target && 'context' in none.target).toBe(false);
  });

  it('moves the context with the target when a frame is placed', () => {
    const step = stepFromEvent(click({ x: 5, y: 6, width: 300, height: 200 }), page);
    const placed = placeInFrame(step, { x: 100, y: 50 }, { width: 1280, height: 720, devicePixelRatio: 1 });
    expect(placed.target?.rect).toMatchObject({ x: 110, y: 70 });
    expect(placed.target?.context).toEqual({ x: 105, y: 56, width: 300, height: 200 });
  });
});
