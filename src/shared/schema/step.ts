/**
 * The shape of a step, written once. `stepSchemas(leaves, limits)` builds it under a policy
 * (leaves.ts): the import validates files with the strict one, the background's gate bounds
 * content events with the other, the types in model.ts are inferred from it, the file format's
 * canonical field order is its entry order, and docs/handoff-format.schema.json is generated
 * from it (scripts/json-schema.ts).
 *
 * Entry order matters: it is the order of fields in every exported file. Type-specific fields
 * come first, the target next, then the fields every step has.
 */
import * as v from 'valibot';
import { annotationSchema, MAX_ANNOTATIONS } from './annotation';
import {
  CAPTURE_MODES,
  MOUSE_BUTTONS,
  NOTE_KINDS,
  PERSONAL_DATA_KINDS,
  PROBLEM_CODES,
  SCREENSHOT_VIEWS,
  SECRET_KINDS,
  SELECT_WIDGETS,
  TOGGLE_CONTROLS,
} from './enums';
import { flag, type Leaves, object } from './leaves';

/** The bounds a policy applies; imports and content events use different tables. */
export interface ShapeLimits {
  /** Role and tag names. */
  word: number;
  /** Page titles, accessible names, option labels, problem messages. */
  label: number;
  /** A table row's identifying text. */
  row: number;
  /** Free text: notes, custom sentences, typed values. */
  text: number;
  section: number;
  inputLabel: number;
  url: number;
  selectors: number;
  selectorChain: number;
  selector: number;
  keys: number;
  key: number;
  id: number;
  /** Largest coordinate or size in CSS pixels. */
  coordinate: number;
  /** Largest epoch milliseconds. */
  time: number;
  /** Most steps in one procedure. */
  steps: number;
}

export function stepSchemas(L: Leaves, limits: ShapeLimits) {
  const C = limits.coordinate;
  const time = L.number(0, limits.time);

  const rect = object({
    x: L.number(-C, C),
    y: L.number(-C, C),
    width: L.number(0, C),
    height: L.number(0, C),
  });

  const viewport = object({
    width: L.number(1, C, 1),
    height: L.number(1, C, 1),
    devicePixelRatio: L.number(0.01, 100, 1),
  });

  /** What the person acted on, described as a person would see it. */
  const target = object({
    /** ARIA role, computed or implicit ("button", "link", "textbox", …). */
    role: L.text(limits.word),
    /** Accessible name; may be empty when the page gives none. */
    name: L.text(limits.label),
    /** Lower-case tag name. */
    tag: L.text(limits.word),
    /** Alternative selectors, best first; each a chain, one selector per shadow root crossed. */
    selectors: L.list(L.list(L.text(limits.selector, 1), limits.selectorChain, 1), limits.selectors),
    /** Element rectangle in CSS pixels relative to the top-level viewport. */
    rect,
    /** The enclosing form, dialog, table or landmark, cut to the viewport: the focused view frames it. */
    context: v.optional(rect),
    /** Identifying text of the table row the element is in, when rows repeat the same controls. */
    row: v.optional(L.text(limits.row)),
  });

  // A kind the sentence does not know is said as private.
  const secretKind = L.choice(SECRET_KINDS, 'secret kind', 'private');
  /** Set on clicks, choices and toggles whose text is secret: then the target names where, not what. */
  const secretMark = { secret: v.optional(flag()), secretKind: v.optional(secretKind) };

  /**
   * The fields of each step type as recorded, before the target (added by the caller, so that
   * events and files can put their own fields between) and the fields every step has.
   */
  const own = {
    click: {
      button: L.choice(MOUSE_BUTTONS, 'mouse button'),
      clickCount: L.integer(1, 100),
      ...secretMark,
    },
    type: {
      /** Absent when `secret` is true: a secret is never stored, not even its length. */
      value: v.optional(L.text(limits.text)),
      // Fails closed: a recorder that cannot say whether the value is secret stores none.
      secret: L.boolean(true),
      secretKind: v.optional(secretKind),
    },
    select: {
      /** The visible label of the chosen option; empty when `secret`. */
      option: L.text(limits.label),
      value: L.text(limits.text),
      ...secretMark,
      widget: v.optional(L.choice(SELECT_WIDGETS, 'choice widget')),
      /** Set when the person typed the option's whole text before choosing it (an autocomplete). */
      typed: v.optional(flag()),
    },
    check: {
      checked: L.boolean(false),
      control: L.choice(TOGGLE_CONTROLS, 'control'),
      ...secretMark,
    },
    key: {
      /** Modifiers then key, e.g. ["Control", "s"]. */
      keys: L.list(L.text(limits.key, 1), limits.keys, 1),
    },
  };

  /** What the person adds to a typing step in the editor; never sent by a recorder. */
  const typeEdits = {
    /** Set when the person marks the value as an input the assistant supplies. */
    input: v.optional(object({ label: L.text(limits.inputLabel, 1) })),
    /** Set when the person keeps, in exports, a value the sentence no longer shows. `false` reads as absent. */
    keepValue: v.optional(
      v.pipe(
        L.boolean(false),
        v.transform((keep) => (keep ? (true as const) : undefined)),
      ),
    ),
  };

  const note = object({ kind: L.choice(NOTE_KINDS, 'note kind'), text: L.text(limits.text) });
  const image = object({
    imageId: L.text(limits.id, 1),
    mode: L.choice(CAPTURE_MODES, 'capture mode'),
    /** Epoch milliseconds at which the pixels were captured. */
    capturedAt: time,
    /** Frames from other sites filled whole in this picture, because they could not be placed. */
    framesCovered: v.optional(L.integer(0, 10_000)),
    /**
     * Personal data filled in these pixels: where (CSS pixels of the screenshot, like target.rect)
     * and what kind, never the text it covered.
     */
    covered: v.optional(
      L.list(object({ rect, kind: L.choice(PERSONAL_DATA_KINDS, 'personal data kind', 'person') }), 2000),
    ),
  });
  const problem = object({
    code: L.choice(PROBLEM_CODES, 'problem code'),
    message: L.text(limits.label),
  });
  const view = L.choice(SCREENSHOT_VIEWS, 'screenshot view');
  /**
   * A rule the reader applies at this step: do it if `condition` holds ("the customer is tax
   * exempt"); otherwise go to another step of the same procedure, or, without `otherwise`, skip
   * this one. Files name that step by its index in `steps` (they have no step ids); storage names
   * it by id (`storedDecision`), so reordering steps cannot break the link.
   */
  const decisionWith = <T>(link: v.GenericSchema<unknown, T>) =>
    object({ condition: L.text(limits.text), otherwise: v.optional(link) });
  const decision = decisionWith(L.integer(0, limits.steps - 1));
  const storedDecision = decisionWith(L.text(limits.id, 1));
  const annotation = annotationSchema(L, C);

  /** What every step has, in files and in storage. */
  const common = {
    /** Epoch milliseconds of the action. */
    at: time,
    /** The page the action happened on. */
    url: L.text(limits.url),
    pageTitle: L.text(limits.label),
    /** The person's own wording; when absent the sentence is generated from the step data. */
    customText: v.optional(L.text(limits.text)),
    note: v.optional(note),
    /** Heading of a section that starts at this step. */
    section: v.optional(L.text(limits.section)),
    image: v.optional(image),
    viewport: v.optional(viewport),
    /** The marker drawn on the screenshot; `hidden` turns it off, a rect moves it. */
    marker: v.optional(object({ hidden: L.boolean(false), rect: v.optional(rect) })),
    /** The person's choice of view for this step; absent: the procedure's. */
    view: v.optional(view),
    /** Set when the recorder could not do its job for this step, so the gap is visible. */
    problem: v.optional(problem),
    /** Arrows, boxes, callouts and badges the person drew on the screenshot (schema/annotation.ts). */
    annotations: v.optional(L.list(annotation, MAX_ANNOTATIONS)),
    /** "If …; otherwise go to step N": see `decision` above. */
    decision: v.optional(decision),
  };

  return {
    rect,
    viewport,
    target,
    own,
    typeEdits,
    common,
    note,
    image,
    problem,
    view,
    secretKind,
    annotation,
    decision,
    storedDecision,
  };
}

export type StepShapes = ReturnType<typeof stepSchemas>;
