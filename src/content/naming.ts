/**
 * What a person calls the element they acted on, when the page's accessible name is missing or
 * only repeats the element's value (a grid cell reading "0.00", a dropdown button reading "Draft").
 *
 * Sources, in order of trust: the column header of the cell the element is in; aria-labelledby
 * (without the parts that are the element's own value); aria-describedby; a visible label next to
 * it (or the label of the frame a classic rich-text editor lives in); the placeholder; the title.
 * The identifying text of the element's table row is kept apart, to say which row.
 *
 * Every lookup is bounded: a few ancestors up, one header row scanned by index, ids resolved one
 * by one. Nothing here scans the document, so it can run at the moment of every click.
 */
import { cleanLabel, isPrivate, MAX_NAME, textOf } from './label-text';
import { cellOf, columnHeader, FIELD, identifying, isCell, repeatsInColumn, rowText } from './table-names';

export { cleanLabel } from './label-text';
export { cellOf, columnHeader, rowText } from './table-names';

export interface PersonName {
  /** The name to use in the sentence; empty when nothing on the page names the element. */
  name: string;
  /** Identifying text of the table row the element is in, when rows repeat the same controls. */
  row?: string;
}

function byIds(element: Element, attribute: string): string {
  const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  if (ids.length === 0) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  const parts: string[] = [];
  for (const id of ids) {
    const ref = root.getElementById?.(id);
    // A part inside the element itself is its current value ("Draft" in "Status Draft").
    if (!ref || ref === element || element.contains(ref)) continue;
    const text = textOf(ref);
    if (text) parts.push(text);
  }
  return cleanLabel(parts.join(' '));
}

/** aria-labelledby without the element's own value. */
export function labelledBy(element: Element): string {
  return byIds(element, 'aria-labelledby');
}

export function describedBy(element: Element): string {
  return byIds(element, 'aria-describedby');
}

const LABEL_LIKE = new Set([
  'LABEL',
  'LEGEND',
  'DT',
  'SPAN',
  'DIV',
  'P',
  'STRONG',
  'B',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
/** Bars of buttons between a label and its editor (rich-text toolbars) are skipped, not read. */
const TOOLBAR = '[role="toolbar"], [class*="toolbar" i]';

/**
 * A label a sighted person reads next to the element: a wrapping <label>, or short text just
 * before it, or before one of its nearest wrappers. Stops at the first sibling that holds another
 * field, whose label that text would be.
 */
export function nearbyLabel(element: Element): string {
  const wrapping = element.closest('label');
  if (wrapping && !isPrivate(wrapping)) {
    const own = cleanLabel(wrapping.textContent ?? '');
    if (own) return own;
  }
  let node: Element | null = element;
  for (let i = 0; node && i < 3; i++, node = node.parentElement) {
    if (node === node.ownerDocument.body) break;
    let sibling = node.previousElementSibling;
    for (let hops = 0; sibling && hops < 3; hops++, sibling = sibling.previousElementSibling) {
      if (sibling.matches(TOOLBAR)) continue;
      // Select2, Tom Select and Chosen hide the native control they replace just before it: its
      // label is this widget's label.
      const original = hiddenOriginalLabel(sibling);
      if (original) return original;
      if (sibling.matches(FIELD) || sibling.querySelector(FIELD)) return '';
      if (!LABEL_LIKE.has(sibling.tagName)) break;
      const text = cleanLabel(textOf(sibling));
      if (text && text.length <= 60) return text;
      break;
    }
  }
  return '';
}

/** The label of a native select or input hidden by the widget that replaced it. */
function hiddenOriginalLabel(element: Element): string {
  if (element.tagName !== 'SELECT' && element.tagName !== 'INPUT') return '';
  const hidden =
    element.getAttribute('aria-hidden') === 'true' ||
    /hidden/i.test(element.getAttribute('class') ?? '') ||
    (element as HTMLElement).style?.display === 'none';
  const label = hidden ? (element as HTMLSelectElement).labels?.[0] : undefined;
  return label && !isPrivate(label) ? cleanLabel(label.textContent ?? '') : '';
}

/** The rich-text editor of a classic editor lives in a frame: the frame is what the page labels. */
function frameLabel(element: Element): string {
  const doc = element.ownerDocument;
  if (element !== doc.body && element !== doc.documentElement) return '';
  let frame: Element | null = null;
  try {
    frame = doc.defaultView?.frameElement ?? null; // null for a frame from another site
  } catch {
    return '';
  }
  if (!frame || isPrivate(frame)) return '';
  return (
    cleanLabel(frame.getAttribute('aria-label') ?? '') ||
    labelledBy(frame) ||
    cleanLabel(frame.getAttribute('title') ?? '') ||
    nearbyLabel(frame)
  );
}

function attribute(element: Element, name: string): string {
  return cleanLabel(element.getAttribute(name) ?? '');
}

/** The sources after the page's own accessible name, in order of trust. */
export const SOURCES: ReadonlyArray<readonly [string, (element: Element) => string]> = [
  ['column header', columnHeader],
  ['aria-labelledby', labelledBy],
  ['aria-describedby', describedBy],
  ['frame label', frameLabel],
  ['nearby label', nearbyLabel],
  ['placeholder', (e) => attribute(e, 'placeholder') || attribute(e, 'aria-placeholder')],
  ['title', (e) => attribute(e, 'title')],
];

const CONTROL_TAGS = new Set(['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'LABEL']);
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'menuitem', 'option', 'tab']);

/** Something that acts (a button, a link) rather than shows a value. */
function isControl(element: Element): boolean {
  const role = element.getAttribute('role');
  return CONTROL_TAGS.has(element.tagName) || (role !== null && CONTROL_ROLES.has(role));
}

const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The element's current value as the person sees it, when it has one. */
function ownValue(element: Element): string {
  // A button's value is its caption, a checkbox's is never shown: neither is what it holds.
  if (
    element instanceof HTMLInputElement &&
    /^(submit|button|reset|image|checkbox|radio)$/.test(element.type)
  )
    return '';
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
    return element.value.trim();
  if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.label.trim() ?? '';
  const role = element.getAttribute('role');
  // A dropdown button's caption is what it holds, not what it is.
  if (role === 'combobox' || element.getAttribute('aria-haspopup') === 'listbox')
    return flat(element.textContent);
  // So is a cell's content, or plain text inside a cell.
  if (isCell(element)) return flat(element.textContent);
  if (!isControl(element)) {
    const cell = cellOf(element)?.cell;
    if (cell) return flat(cell.textContent);
  }
  return '';
}

/** aria-labelledby that names the element itself or a part of it: a caption joined to the label. */
function labelledBySelf(element: Element): boolean {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length < 2) return false;
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids.slice(0, 8).some((id) => {
    const ref = root.getElementById?.(id);
    return ref !== null && ref !== undefined && (ref === element || element.contains(ref));
  });
}

/** True when `computed` says nothing but the value, or came only from a weak hint. */
function needsBetterName(element: Element, computed: string): boolean {
  if (!computed) return true;
  if (labelledBySelf(element) && labelledBy(element)) return true;
  const value = ownValue(element);
  if (value) {
    const isInput = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
    if (computed === value) {
      // Text with words ("Office Depot") names its cell well enough; "0.00" does not.
      return !(cellOf(element) && !isInput && identifying(value));
    }
    // "Status Draft": a label joined to the caption, which only a control's own text can be.
    if (!isInput && value.length > 1 && (computed.startsWith(`${value} `) || computed.endsWith(` ${value}`)))
      return true;
  }
  return (
    computed === element.getAttribute('placeholder')?.trim() ||
    computed === element.getAttribute('title')?.trim() ||
    computed === element.getAttribute('name')?.trim()
  );
}

/**
 * The name for a step's sentence. `computed` is the accessible name as computed for the element;
 * it is kept (without trailing colons and asterisks) unless it is missing or only the value.
 */
export function personName(element: Element, computed: string): PersonName {
  // The row is said when the name alone cannot tell the rows apart: a column's name, or the same
  // text as the cell above or below ("Delete" in every row). "Open 3" needs no row.
  const row = rowText(element);
  const withRow = (name: string, byColumn = false): PersonName =>
    row && row !== name && (byColumn || repeatsInColumn(element)) ? { name, row } : { name };
  const clean = cleanLabel(computed);
  if (!needsBetterName(element, computed.trim())) return withRow(clean);
  for (const [what, source] of SOURCES) {
    const name = source(element);
    if (name) return withRow(name.slice(0, MAX_NAME), what === 'column header');
  }
  // Nothing better: a value is still more than no name at all, except in a field (it could be secret).
  return withRow(ownValue(element) === computed.trim() && isField(element) ? '' : clean);
}

function isField(element: Element): boolean {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  );
}
