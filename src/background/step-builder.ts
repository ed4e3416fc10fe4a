/** ObservedEvent (what the content script saw) → Step (what is stored). Pure. */
import type { NavigateStep, Rect, SecretKind, SelectWidget, Step, Target, Viewport } from '../shared/model';
import { newId, SELECT_WIDGETS } from '../shared/model';
import type { ObservedEvent } from '../shared/protocol';
import { scrubTitle, scrubUrl } from '../shared/url-privacy';

export interface PageContext {
  procedureId: string;
  /** The top-level page, from the tab: a frame's own URL and title mean little to a reader. */
  url: string;
  pageTitle: string;
}

const MAX_TEXT = 5000;

/** Content scripts run in hostile pages: bound every string and number they send. */
function clampText(text: unknown, max = MAX_TEXT): string {
  return typeof text === 'string' ? text.slice(0, max) : '';
}

function finite(n: unknown, fallback = 0): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}

function cleanRect(r: Partial<Rect> | undefined): Rect {
  return { x: finite(r?.x), y: finite(r?.y), width: finite(r?.width), height: finite(r?.height) };
}

function cleanTarget(t: Target): Target {
  const target: Target = {
    role: clampText(t.role, 64),
    name: clampText(t.name, 10_000),
    tag: clampText(t.tag, 64),
    selectors: Array.isArray(t.selectors)
      ? t.selectors
          .slice(0, 5)
          .map((chain) => (Array.isArray(chain) ? chain.slice(0, 10).map((s) => clampText(s, 2000)) : []))
      : [],
    rect: cleanRect(t.rect),
  };
  // The enclosing form or landmark, for the focused view; optional.
  if (t.context && typeof t.context === 'object') target.context = cleanRect(t.context);
  // Which table row, in the row's own words (content/naming.ts); optional.
  const row = clampText(t.row, 200);
  if (row) target.row = row;
  return target;
}

const SECRET_KINDS: readonly SecretKind[] = ['password', 'card', 'one-time-code', 'private'];

/** A kind the sentence knows how to say; anything else is treated as private. */
function cleanSecretKind(kind: unknown): SecretKind {
  return SECRET_KINDS.find((k) => k === kind) ?? 'private';
}

function cleanViewport(v: Viewport): Viewport {
  return {
    width: finite(v?.width, 1),
    height: finite(v?.height, 1),
    devicePixelRatio: finite(v?.devicePixelRatio, 1),
  };
}

/** The page as it may be stored: no query values, fragments or tokens, in the address or the title. */
function storedPage(page: PageContext): { url: string; pageTitle: string } {
  const url = clampText(page.url, 4000);
  return { url: scrubUrl(url), pageTitle: scrubTitle(clampText(page.pageTitle, 1000), url) };
}

/** The secret flag of a click, choice or toggle, with a kind the sentence knows. */
function secretMark(event: { secret?: unknown; secretKind?: unknown }): { secret?: true; secretKind?: SecretKind } {
  return event.secret === true ? { secret: true, secretKind: cleanSecretKind(event.secretKind) } : {};
}

export function stepFromEvent(event: ObservedEvent, page: PageContext): Step {
  const base = {
    id: clampText(event.eventId, 64) || newId(),
    procedureId: page.procedureId,
    position: finite(event.at, Date.now()),
    at: finite(event.at, Date.now()),
    ...storedPage(page),
    viewport: cleanViewport(event.viewport),
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
        target: cleanTarget(event.target),
        button: event.button === 'right' || event.button === 'middle' ? event.button : 'left',
        clickCount: Math.min(3, Math.max(1, finite(event.clickCount, 1))),
        ...secretMark(event),
      };
    case 'type':
      // A secret's value never leaves this function, even if a content script sent one.
      return event.secret
        ? {
            ...base,
            type: 'type',
            target: cleanTarget(event.target),
            secret: true,
            secretKind: cleanSecretKind(event.secretKind),
          }
        : {
            ...base,
            type: 'type',
            target: cleanTarget(event.target),
            secret: false,
            value: clampText(event.value),
          };
    case 'select':
      // A secret choice's option never leaves this function, even if a content script sent one.
      return {
        ...base,
        type: 'select',
        target: cleanTarget(event.target),
        option: event.secret ? '' : clampText(event.option, 1000),
        value: event.secret ? '' : clampText(event.value, 1000),
        ...secretMark(event),
        ...(SELECT_WIDGETS.includes(event.widget as SelectWidget) ? { widget: event.widget } : {}),
        ...(event.typed === true && !event.secret ? { typed: true as const } : {}),
      };
    case 'check':
      return {
        ...base,
        type: 'check',
        target: cleanTarget(event.target),
        checked: event.checked === true,
        control: event.control === 'radio' || event.control === 'switch' ? event.control : 'checkbox',
        ...secretMark(event),
      };
    case 'key':
      return {
        ...base,
        type: 'key',
        keys: Array.isArray(event.keys) ? event.keys.slice(0, 5).map((k) => clampText(k, 32)) : [],
        ...(event.target ? { target: cleanTarget(event.target) } : {}),
      };
    case 'navigate':
      return { ...base, type: 'navigate', kind: 'route' };
    default:
      throw new Error('Handoff received an event of an unknown kind.');
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
