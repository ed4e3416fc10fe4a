/** Validation of one step of a Handoff file. Returns a new object holding only the fields read. */
import type { FileStep } from '../export/format';
import type {
  CaptureMode,
  CheckStep,
  ClickStep,
  NavigateStep,
  NoteKind,
  Rect,
  ScreenshotView,
  SecretKind,
  StepProblem,
  StepType,
  Target,
  Viewport,
} from '../model';
import { SCREENSHOT_VIEWS, SELECT_WIDGETS, STEP_TYPES } from '../model';
import {
  boolean,
  child,
  every,
  field,
  integer,
  type JsonObject,
  list,
  number,
  object,
  oneOf,
  optional,
  string,
} from './check';
import { fail, quote } from './errors';
import { LIMITS } from './limits';

const NOTE_KINDS = every<NoteKind>()(['note', 'tip', 'warning']);
const CAPTURE_MODES = every<CaptureMode>()(['own', 'shared', 'deferred', 'manual', 'standby', 'earlier']);
const PROBLEM_CODES = every<StepProblem['code']>()([
  'no-screenshot',
  'screenshot-pending',
  'tab-hidden',
  'frame-unreachable',
  'page-unrecordable',
  'secret-unplaced',
]);
const BUTTONS = every<ClickStep['button']>()(['left', 'middle', 'right']);
const SECRET_KINDS = every<SecretKind>()(['password', 'card', 'one-time-code', 'private']);
const CONTROLS = every<CheckStep['control']>()(['checkbox', 'radio', 'switch']);
const NAVIGATIONS = every<NavigateStep['kind']>()(['load', 'route', 'tab-open', 'tab-switch']);
// STEP_TYPES lives in the model; this line fails to compile if it ever misses a member.
every<StepType>()(['click', 'type', 'select', 'check', 'key', 'navigate', 'manual'] as const);

const C = LIMITS.coordinate;
const time = (v: unknown, p: string) => number(v, p, 0, LIMITS.time);
const text =
  (max: number, min = 0) =>
  (v: unknown, p: string) =>
    string(v, p, max, min);

function rect(value: unknown, path: string): Rect {
  const o = object(value, path);
  return {
    x: field(o, path, 'x', (v, p) => number(v, p, -C, C)),
    y: field(o, path, 'y', (v, p) => number(v, p, -C, C)),
    width: field(o, path, 'width', (v, p) => number(v, p, 0, C)),
    height: field(o, path, 'height', (v, p) => number(v, p, 0, C)),
  };
}

function viewport(value: unknown, path: string): Viewport {
  const o = object(value, path);
  return {
    width: field(o, path, 'width', (v, p) => number(v, p, 1, C)),
    height: field(o, path, 'height', (v, p) => number(v, p, 1, C)),
    devicePixelRatio: field(o, path, 'devicePixelRatio', (v, p) => number(v, p, 0.01, 100)),
  };
}

function selectorChain(value: unknown, path: string): string[] {
  return list(value, path, { max: LIMITS.selectorChain, min: 1 }, text(LIMITS.selector, 1));
}

export function target(value: unknown, path: string): Target {
  const o = object(value, path);
  return compact({
    role: field(o, path, 'role', text(LIMITS.word)),
    name: field(o, path, 'name', text(LIMITS.label)),
    tag: field(o, path, 'tag', text(LIMITS.word)),
    selectors: field(o, path, 'selectors', (v, p) => list(v, p, { max: LIMITS.selectors }, selectorChain)),
    rect: field(o, path, 'rect', rect),
    context: optional(o, path, 'context', rect),
    row: optional(o, path, 'row', text(LIMITS.label)),
  });
}

/** The focused or full view of a screenshot (format.md); also used for the procedure's choice. */
export function screenshotView(value: unknown, path: string): ScreenshotView {
  return oneOf(value, path, SCREENSHOT_VIEWS, 'screenshot view');
}

/** The fields every step has. `imageIds` are the ids listed in `images`, which a step may point at. */
function base(o: JsonObject, path: string, imageIds: ReadonlySet<string>) {
  return {
    at: field(o, path, 'at', time),
    url: field(o, path, 'url', text(LIMITS.url)),
    pageTitle: field(o, path, 'pageTitle', text(LIMITS.label)),
    customText: optional(o, path, 'customText', text(LIMITS.text)),
    note: optional(o, path, 'note', (v, p) => {
      const n = object(v, p);
      return {
        kind: field(n, p, 'kind', (k, kp) => oneOf(k, kp, NOTE_KINDS, 'note kind')),
        text: field(n, p, 'text', text(LIMITS.text)),
      };
    }),
    section: optional(o, path, 'section', text(LIMITS.section)),
    image: optional(o, path, 'image', (v, p) => {
      const i = object(v, p);
      const imageId = field(i, p, 'imageId', text(LIMITS.id, 1));
      if (!imageIds.has(imageId)) fail(child(p, 'imageId'), `no image with id ${quote(imageId)} in images`);
      return {
        imageId,
        mode: field(i, p, 'mode', (m, mp) => oneOf(m, mp, CAPTURE_MODES, 'capture mode')),
        capturedAt: field(i, p, 'capturedAt', time),
      };
    }),
    viewport: optional(o, path, 'viewport', viewport),
    marker: optional(o, path, 'marker', (v, p) => {
      const m = object(v, p);
      return { hidden: field(m, p, 'hidden', boolean), rect: optional(m, p, 'rect', rect) };
    }),
    view: optional(o, path, 'view', screenshotView),
    problem: optional(o, path, 'problem', (v, p) => {
      const pr = object(v, p);
      return {
        code: field(pr, p, 'code', (c, cp) => oneOf(c, cp, PROBLEM_CODES, 'problem code')),
        message: field(pr, p, 'message', text(LIMITS.label)),
      };
    }),
  };
}

function typeStep(o: JsonObject, path: string) {
  const secret = field(o, path, 'secret', boolean);
  const value = optional(o, path, 'value', text(LIMITS.text));
  // The recorder never stores a secret, not even its length; a file that carries one is refused.
  if (secret && value !== undefined) fail(child(path, 'value'), 'must be absent when secret is true');
  return {
    type: 'type' as const,
    value,
    secret,
    secretKind: optional(o, path, 'secretKind', (v, p) => oneOf(v, p, SECRET_KINDS, 'secret kind')),
    input: optional(o, path, 'input', (v, p) => ({
      label: field(object(v, p), p, 'label', text(LIMITS.inputLabel, 1)),
    })),
    // `false` reads as absent: only a kept value is marked.
    keepValue: optional(o, path, 'keepValue', boolean) ? (true as const) : undefined,
    target: field(o, path, 'target', target),
  };
}

/** `secret: true` (never false) and its kind, on clicks, choices and toggles. */
function secretMark(o: JsonObject, path: string) {
  const secret = optional(o, path, 'secret', boolean);
  if (secret === false) fail(child(path, 'secret'), 'must be true or absent');
  return {
    secret: secret === true ? (true as const) : undefined,
    secretKind: optional(o, path, 'secretKind', (v, p) => oneOf(v, p, SECRET_KINDS, 'secret kind')),
  };
}

function selectStep(o: JsonObject, path: string) {
  const mark = secretMark(o, path);
  const option = field(o, path, 'option', text(LIMITS.label));
  const value = field(o, path, 'value', text(LIMITS.text));
  // A secret choice is stored without its option; a file that carries one is refused.
  if (mark.secret && (option || value)) fail(child(path, 'option'), 'must be empty when secret is true');
  return {
    type: 'select' as const,
    option,
    value,
    ...mark,
    ...selectWidget(o, path),
    target: field(o, path, 'target', target),
  };
}

/** What a choice was made from (format.md), and whether the person typed the option's text. */
function selectWidget(o: JsonObject, path: string) {
  const typed = optional(o, path, 'typed', boolean);
  if (typed === false) fail(child(path, 'typed'), 'must be true or absent');
  return {
    widget: optional(o, path, 'widget', (v, p) => oneOf(v, p, SELECT_WIDGETS, 'choice widget')),
    typed: typed === true ? (true as const) : undefined,
  };
}

/** The type-specific fields, checked after the type itself so messages name the right step kind. */
function specific(type: StepType, o: JsonObject, path: string) {
  switch (type) {
    case 'click':
      return {
        type,
        button: field(o, path, 'button', (v, p) => oneOf(v, p, BUTTONS, 'mouse button')),
        clickCount: field(o, path, 'clickCount', (v, p) => integer(v, p, 1, 100)),
        ...secretMark(o, path),
        target: field(o, path, 'target', target),
      };
    case 'type':
      return typeStep(o, path);
    case 'select':
      return selectStep(o, path);
    case 'check':
      return {
        type,
        checked: field(o, path, 'checked', boolean),
        control: field(o, path, 'control', (v, p) => oneOf(v, p, CONTROLS, 'control')),
        ...secretMark(o, path),
        target: field(o, path, 'target', target),
      };
    case 'key':
      return {
        type,
        keys: field(o, path, 'keys', (v, p) => list(v, p, { max: LIMITS.keys, min: 1 }, text(LIMITS.key, 1))),
        target: optional(o, path, 'target', target),
      };
    case 'navigate':
      return { type, kind: field(o, path, 'kind', (v, p) => oneOf(v, p, NAVIGATIONS, 'navigation kind')) };
    case 'manual':
      return { type, text: field(o, path, 'text', text(LIMITS.text)) };
  }
}

/** Drops absent optional fields, so a validated step has the same keys as a stored one. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

export function step(value: unknown, path: string, imageIds: ReadonlySet<string>): FileStep {
  const o = object(value, path);
  const type = field(o, path, 'type', (v, p) => oneOf(v, p, STEP_TYPES, 'step type'));
  const own = specific(type, o, path);
  const common = base(o, path, imageIds);
  if (common.marker) compact(common.marker);
  return compact({ ...own, ...common });
}
