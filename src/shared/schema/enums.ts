/**
 * Every fixed list of words in the model, once. The schema checks against these, the types are
 * inferred from them, and the UI and exports iterate them.
 */
export const STEP_TYPES = ['click', 'type', 'select', 'check', 'key', 'navigate', 'manual'] as const;
/**
 * Why a value is not stored: a secret field's kind, or (from `email` on) personal data the
 * recorder found in it (shared/personal-data/); a pattern or picked element reads as `private`.
 */
export const SECRET_KINDS = [
  'password',
  'card',
  'one-time-code',
  'private',
  'email',
  'phone',
  'iban',
  'national-id',
  'ip',
  'mac',
] as const;
export const NOTE_KINDS = ['note', 'tip', 'warning'] as const;
/** Where a step's screenshot came from; the quota forces some steps to share or defer one (model.ts). */
export const CAPTURE_MODES = ['own', 'shared', 'deferred', 'manual', 'standby', 'earlier'] as const;
export const PROBLEM_CODES = [
  'no-screenshot',
  'screenshot-pending',
  'tab-hidden',
  'frame-unreachable',
  'page-unrecordable',
  'secret-unplaced',
] as const;
export const MOUSE_BUTTONS = ['left', 'middle', 'right'] as const;
export const TOGGLE_CONTROLS = ['checkbox', 'radio', 'switch'] as const;
export const NAVIGATION_KINDS = ['load', 'route', 'tab-open', 'tab-switch'] as const;
/** What a choice was made from: absent for a native <select>. */
export const SELECT_WIDGETS = ['listbox', 'menu', 'date'] as const;
/** How a screenshot is shown: cropped around the marked element, or the whole viewport. */
export const SCREENSHOT_VIEWS = ['focused', 'full'] as const;
/**
 * Kinds of personal data covered in a screenshot (shared/personal-data/): what the detectors found,
 * the person's own patterns and picked elements, and `person`, a box added by hand in the editor.
 */
export const PERSONAL_DATA_KINDS = [
  'email',
  'phone',
  'card',
  'iban',
  'national-id',
  'ip',
  'mac',
  'pattern',
  'picked',
  'person',
] as const;
/**
 * Colours an annotation may have (shared/annotations/palette.ts maps them to fixed values): a
 * word from this list, never free CSS, so no file can smuggle a style into an export.
 */
export const ANNOTATION_COLOURS = ['red', 'orange', 'green', 'blue', 'purple', 'black'] as const;
/** What an annotation drawn on a screenshot is. */
export const ANNOTATION_KINDS = ['arrow', 'rect', 'callout', 'badge'] as const;
