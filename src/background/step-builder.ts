/**
 * ObservedEvent (what the content script saw) → Step (what is stored). Pure. The event is parsed
 * with its schema first (shared/schema/event.ts): text cut to size, numbers clamped, values of the
 * wrong type replaced, and an event of an unknown kind refused.
 */
import * as v from 'valibot';
import { HandoffError } from '../shared/failure';
import type { ManualStep, NavigateStep, SecretKind, Step, Viewport } from '../shared/model';
import { newId } from '../shared/model';
import { type ObservedEvent, ObservedEventSchema } from '../shared/schema/event';
import { compact } from '../shared/schema/leaves';
import { scrubTitle, scrubUrl } from '../shared/url-privacy';

export interface PageContext {
  procedureId: string;
  /** The top-level page, from the tab: a frame's own URL and title mean little to a reader. */
  url: string;
  pageTitle: string;
}

/** The page as it may be stored: no query values, fragments or tokens, in the address or the title. */
function storedPage(page: PageContext): { url: string; pageTitle: string } {
  const url = page.url.slice(0, 4000);
  return { url: scrubUrl(url), pageTitle: scrubTitle(page.pageTitle.slice(0, 1000), url) };
}

/** The gate: what a content script sent, as an event the rest of the background can trust. */
export function parseEvent(payload: unknown): ObservedEvent {
  const parsed = v.safeParse(ObservedEventSchema, payload, { abortEarly: true });
  // Optional fields the recorder sent as undefined stay absent, as in a stored step.
  if (parsed.success) return compact(parsed.output);
  const where = parsed.issues[0].path?.map((p) => String((p as { key?: unknown }).key)).join('.');
  throw new HandoffError(
    'invalid',
    where === 'type' || !where
      ? 'Handoff received an event of an unknown kind.'
      : `Handoff received an event it cannot read (${where}: ${parsed.issues[0].message}).`,
  );
}

/** Secret flags only with a kind the sentence knows; absent kinds are said as private. */
function secretMark(event: { secret?: true; secretKind?: SecretKind }): {
  secret?: true;
  secretKind?: SecretKind;
} {
  return event.secret ? { secret: true, secretKind: event.secretKind ?? 'private' } : {};
}

/** `event` has been through parseEvent. */
export function stepFromEvent(event: ObservedEvent, page: PageContext): Step {
  const base = {
    id: event.eventId || newId(),
    procedureId: page.procedureId,
    position: event.at,
    at: event.at,
    ...storedPage(page),
    viewport: event.viewport,
    ...(event.placementUnknown
      ? {
          marker: { hidden: true },
          problem: {
            code: 'frame-unreachable' as const,
            message: 'The marker could not be placed: this happened inside a frame from another site.',
          },
        }
      : {}),
  };
  switch (event.type) {
    case 'click':
      return {
        ...base,
        type: 'click',
        target: event.target,
        button: event.button,
        // A triple click is the most a person means; more is the same gesture.
        clickCount: Math.min(3, event.clickCount),
        ...secretMark(event),
      };
    case 'type':
      // A secret's value never leaves this function, even if a content script sent one.
      return event.secret
        ? {
            ...base,
            type: 'type',
            target: event.target,
            secret: true,
            secretKind: event.secretKind ?? 'private',
          }
        : { ...base, type: 'type', target: event.target, secret: false, value: event.value ?? '' };
    case 'select':
      // A secret choice's option never leaves this function, even if a content script sent one.
      return {
        ...base,
        type: 'select',
        target: event.target,
        option: event.secret ? '' : event.option.slice(0, 1000),
        value: event.secret ? '' : event.value.slice(0, 1000),
        ...secretMark(event),
        ...(event.widget ? { widget: event.widget } : {}),
        ...(event.typed && !event.secret ? { typed: true as const } : {}),
      };
    case 'check':
      return {
        ...base,
        type: 'check',
        target: event.target,
        checked: event.checked,
        control: event.control,
        ...secretMark(event),
      };
    case 'key':
      return { ...base, type: 'key', keys: event.keys, ...(event.target ? { target: event.target } : {}) };
    case 'navigate':
      return { ...base, type: 'navigate', kind: 'route' };
  }
}

export function navigateStep(
  kind: NavigateStep['kind'],
  page: PageContext,
  at: number,
  viewport?: Viewport,
): NavigateStep {
  return {
    id: newId(),
    procedureId: page.procedureId,
    type: 'navigate',
    kind,
    position: at,
    at,
    ...storedPage(page),
    ...(viewport ? { viewport } : {}),
  };
}

/**
 * The screenshot shortcut's step: nothing was done on the page, the reader is to look at it. A
 * manual step without words of its own, so its sentence ("Look at …") is said in the reader's
 * language (text.ts) until the person writes one.
 */
export function lookStep(page: PageContext, at: number, viewport?: Viewport): ManualStep {
  return {
    id: newId(),
    procedureId: page.procedureId,
    type: 'manual',
    text: '',
    look: true,
    position: at,
    at,
    ...storedPage(page),
    ...(viewport ? { viewport } : {}),
  };
}

/**
 * A step recorded in a frame that could not see its own position: now that the background knows
 * where the frame sits, move the target into top-level coordinates and show the marker again.
 */
export function placeInFrame(step: Step, offset: { x: number; y: number }, topViewport: Viewport): Step {
  if (!step.target) return step;
  const { problem: _placed, marker: _shown, ...rest } = step;
  return {
    ...rest,
    viewport: topViewport,
    target: {
      ...step.target,
      rect: { ...step.target.rect, x: step.target.rect.x + offset.x, y: step.target.rect.y + offset.y },
      ...(step.target.context
        ? {
            context: {
              ...step.target.context,
              x: step.target.context.x + offset.x,
              y: step.target.context.y + offset.y,
            },
          }
        : {}),
    },
  } as Step;
}
