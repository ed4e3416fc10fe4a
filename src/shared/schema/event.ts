/**
 * What a content script sends for one action, as a schema: the background parses every
 * `content.event` with it before anything else looks at it. Content scripts run inside pages
 * that may be hostile, so text is cut to size and numbers clamped (the `bounded` policy) rather
 * than trusted; a value of the wrong type refuses the event.
 */
import * as v from 'valibot';
import { LIMITS } from '../import/limits';
import { flag, bounded as L, object, variant } from './leaves';
import { type ShapeLimits, stepSchemas } from './step';

/** Tighter than an import's: one action's description, never a document. */
export const EVENT_LIMITS: ShapeLimits = {
  ...LIMITS,
  word: 64,
  row: 200,
  text: 5000,
  url: 4000,
  selectors: 5,
  selectorChain: 10,
  selector: 2000,
  keys: 5,
  key: 32,
  id: 64,
};

const shapes = stepSchemas(L, EVENT_LIMITS);
const { own, target } = shapes;

const observed = {
  /** Unique per event; becomes the step id, so a retried event is stored once. */
  eventId: L.text(EVENT_LIMITS.id),
  /** Per-document sequence number, for ordering and acknowledgement. */
  seq: L.integer(0, Number.MAX_SAFE_INTEGER),
  /** A recorder whose clock said NaN: the step happened now. */
  at: v.fallback(v.pipe(v.number(), v.finite(), v.minValue(0)), () => Date.now()),
  url: L.text(EVENT_LIMITS.url),
  pageTitle: L.text(EVENT_LIMITS.label),
  viewport: shapes.viewport,
  /** Rectangles (top-level viewport CSS px) of secret fields to black out in the screenshot. */
  sensitiveRects: L.list(shapes.rect, 10_000),
  /** Set in a frame whose position in the top-level page cannot be known (cross-origin parent). */
  placementUnknown: v.optional(flag()),
  /** The top page's identity and change count (content/settle.ts); top frame only. */
  stamp: v.optional(L.text(200)),
};

export const ObservedEventSchema = variant(
  [
    object({ type: v.literal('click'), ...own.click, target, ...observed }),
    object({ type: v.literal('type'), ...own.type, target, ...observed }),
    object({ type: v.literal('select'), ...own.select, target, ...observed }),
    object({ type: v.literal('check'), ...own.check, target, ...observed }),
    object({ type: v.literal('key'), ...own.key, target: v.optional(target), ...observed }),
    object({ type: v.literal('navigate'), kind: v.fallback(v.literal('route'), 'route'), ...observed }),
  ],
  'event type',
);

export type ObservedEvent = v.InferOutput<typeof ObservedEventSchema>;
