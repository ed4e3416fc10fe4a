/**
 * The procedure model. Everything stored, rendered or exported is one of these shapes.
 * A Step is a union discriminated by `type`, in the spirit of recorder formats such as
 * puppeteer/replay: the data needed to replay or describe the action, never a sentence alone.
 */

/** Bumped when the stored or exported shape of a Procedure or Step changes. */
export const MODEL_VERSION = 1;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page's viewport when the step happened: needed to place the marker on the screenshot. */
export interface Viewport {
  width: number;
  height: number;
  devicePixelRatio: number;
}

/** What the person acted on, described as a person would see it. */
export interface Target {
  /** ARIA role, computed or implicit ("button", "link", "textbox", …). */
  role: string;
  /** Accessible name; may be empty when the page gives none. */
  name: string;
  /** Lower-case tag name. */
  tag: string;
  /** Alternative selectors, best first. Each entry is a chain: one selector per shadow root crossed. */
  selectors: string[][];
  /** Element rectangle in CSS pixels relative to the top-level viewport. */
  rect: Rect;
  /**
   * The enclosing form, dialog, toolbar, table or landmark, in the same coordinates as `rect` and
   * cut to the viewport: the focused view frames it so a reader can find the element. Optional:
   * older recordings and imports lack it.
   */
  context?: Rect;
  /**
   * Identifying text of the table row the element is in ("Office Depot"), when rows repeat the
   * same controls: the sentence then says which row. Optional: older recordings lack it.
   */
  row?: string;
}

/** How a screenshot is shown: cropped around the marked element, or the whole viewport. */
export type ScreenshotView = 'focused' | 'full';
export const SCREENSHOT_VIEWS: readonly ScreenshotView[] = ['focused', 'full'];

export type NoteKind = 'note' | 'tip' | 'warning';

export interface StepNote {
  kind: NoteKind;
  text: string;
}

/** Where a step's screenshot came from; the quota forces some steps to share or defer one. */
export type CaptureMode =
  /** Taken for this step at the moment of the action. */
  | 'own'
  /** Taken for an earlier step in a burst and reused: shows the page slightly earlier. */
  | 'shared'
  /** Taken after the action because the quota was exhausted: may show its result. */
  | 'deferred'
  /** Taken by hand in the editor. */
  | 'manual'
  /** Taken when the page last settled, and the page had not changed since: the page before the action. */
  | 'standby'
  /**
   * Taken when the page last settled, used because no picture could be taken at the moment of the
   * action (a click that navigated or opened a tab, the quota): the page a moment earlier.
   */
  | 'earlier';

export interface StepImage {
  imageId: string;
  mode: CaptureMode;
  /** Epoch milliseconds at which the pixels were captured. */
  capturedAt: number;
  /** Frames from other sites filled whole in this picture, because they could not be placed. */
  framesCovered?: number;
}

/** Set when the recorder could not do its job for this step, so the gap is visible. */
export interface StepProblem {
  code:
    | 'no-screenshot'
    /** Waiting for a screenshot deferred by the quota (or the worker stopped while it waited). */
    | 'screenshot-pending'
    | 'tab-hidden'
    | 'frame-unreachable'
    | 'page-unrecordable'
    | 'secret-unplaced';
  message: string;
}

interface StepBase {
  id: string;
  procedureId: string;
  /** Sort key. Recorded steps use the event time; reordering places a step between its neighbours. */
  position: number;
  /** Epoch milliseconds of the action. */
  at: number;
  /** The page the action happened on. */
  url: string;
  pageTitle: string;
  /** The person's own wording; when absent the sentence is generated from the step data. */
  customText?: string;
  note?: StepNote;
  /** Heading of a section that starts at this step. */
  section?: string;
  image?: StepImage;
  viewport?: Viewport;
  target?: Target;
  /** The marker drawn on the screenshot; `hidden` turns it off, a rect moves it (CSS px of the viewport). */
  marker?: { hidden: boolean; rect?: Rect };
  /** The person's choice for this step; absent: the procedure's choice (see `Procedure.view`). */
  view?: ScreenshotView;
  problem?: StepProblem;
}

export interface ClickStep extends StepBase {
  type: 'click';
  target: Target;
  button: 'left' | 'middle' | 'right';
  clickCount: number;
  /** Set when the clicked text is private: `target.name` then names where it is, not what it says. */
  secret?: true;
  secretKind?: SecretKind;
}

export type SecretKind = 'password' | 'card' | 'one-time-code' | 'private';

/** One edit of a text field, ended by Tab, a click elsewhere, or Enter. */
export interface TypeStep extends StepBase {
  type: 'type';
  target: Target;
  /** Absent when `secret` is true: a secret is never stored, not even its length. */
  value?: string;
  secret: boolean;
  /** What kind of secret, so the sentence can say "your password" rather than a value. */
  secretKind?: SecretKind;
  /** Set when the person marks the value as an input the assistant supplies. */
  input?: { label: string };
  /**
   * Set when the person keeps a value that the sentence no longer shows (it was rewritten, or the
   * value is an input) in exports; without it such a value is left out of every export.
   */
  keepValue?: true;
}

export interface SelectStep extends StepBase {
  type: 'select';
  target: Target;
  /** The visible label of the chosen option; empty when `secret`. */
  option: string;
  /** Empty when `secret`. */
  value: string;
  /** Set when the choice is secret (a card's expiry, a private region): option and value are not stored. */
  secret?: true;
  secretKind?: SecretKind;
  /**
   * What was chosen from: absent for a native <select>; `listbox` for a combobox, autocomplete or
   * custom dropdown; `menu` for a menu opened by `target`; `date` for a date field or picker.
   */
  widget?: SelectWidget;
  /** Set when the person typed the option's whole text before choosing it (an autocomplete). */
  typed?: true;
}

export type SelectWidget = 'listbox' | 'menu' | 'date';
export const SELECT_WIDGETS: readonly SelectWidget[] = ['listbox', 'menu', 'date'];

export interface CheckStep extends StepBase {
  type: 'check';
  target: Target;
  checked: boolean;
  /** 'radio' reads "Choose", 'checkbox' reads "Check" or "Uncheck". */
  control: 'checkbox' | 'radio' | 'switch';
  /** Set when the option's own label is secret: `target.name` then names its group, not the option. */
  secret?: true;
  secretKind?: SecretKind;
}

export interface KeyStep extends StepBase {
  type: 'key';
  /** Modifiers then key, e.g. ["Control", "s"]. */
  keys: string[];
  target?: Target;
}

export interface NavigateStep extends StepBase {
  type: 'navigate';
  /** How the page changed: a full load, a History API route change, or a switch to another tab. */
  kind: 'load' | 'route' | 'tab-open' | 'tab-switch';
}

/** A step written by hand in the editor. */
export interface ManualStep extends StepBase {
  type: 'manual';
  text: string;
}

export type Step = ClickStep | TypeStep | SelectStep | CheckStep | KeyStep | NavigateStep | ManualStep;
export type StepType = Step['type'];
export const STEP_TYPES: readonly StepType[] = [
  'click',
  'type',
  'select',
  'check',
  'key',
  'navigate',
  'manual',
];

export interface ProcedureIntro {
  purpose: string;
  prerequisites: string;
  result: string;
}

export interface Procedure {
  id: string;
  title: string;
  intro: ProcedureIntro;
  createdAt: number;
  updatedAt: number;
  /** Denormalised so that lists need not open the steps store. */
  stepCount: number;
  /** Lower-cased text of the title and every sentence, for the library's search. */
  searchText: string;
  /** Where recording began. */
  startUrl: string;
  /** Set while the procedure is in the bin: deletions can be undone. */
  deletedAt?: number;
  /** How screenshots are shown unless a step says otherwise; absent means focused. */
  view?: ScreenshotView;
}

export interface StoredImage {
  id: string;
  procedureId: string;
  blob: Blob;
  /** Pixel size of the stored image. */
  width: number;
  height: number;
}

export function emptyIntro(): ProcedureIntro {
  return { purpose: '', prerequisites: '', result: '' };
}

export function newId(): string {
  return crypto.randomUUID();
}
