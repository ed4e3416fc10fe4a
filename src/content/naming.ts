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
import { PRIVATE_ATTRIBUTE } from './sensitive';

export interface PersonName {
  /** The name to use in the sentence; empty when nothing on the page names the element. */
  name: string;
  /** Identifying text of the table row the element is in, when rows repeat the same controls. */
  row?: string;
}

const MAX_NAME = 200;
/** Ancestors walked to find a cell, a label or a frame: enough for wrappers, never the whole page. */
const MAX_UP = 6;
const MAX_CELLS = 64;

/** Trailing colons, asterisks (required markers) and spaces are punctuation, not the label. */
export function cleanLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:：*＊]+$/u, '')
    .replace(/^[\s*＊]+/u, '')
    .trim();
}

/** Text of an element as written in the page, flattened; never from a private region. */
function textOf(element: Element | null | undefined): string {
  if (!element || isPrivate(element)) return '';
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  return (element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME * 2);
}

function isPrivate(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    if (node.closest(`[${PRIVATE_ATTRIBUTE}]`)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

const CELL_ROLES = new Set(['gridcell', 'cell', 'rowheader', 'columnheader']);
const ROW_ROLES = new Set(['row']);

function isCell(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role) return CELL_ROLES.has(role);
  return element.tagName === 'TD' || element.tagName === 'TH';
}

function isRow(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role) return ROW_ROLES.has(role);
  return element.tagName === 'TR';
}

/** The cell that holds `element` (or is it), within a few ancestors, with its row. */
export function cellOf(element: Element): { cell: Element; row: Element } | undefined {
  let node: Element | null = element;
  for (let i = 0; node && i <= MAX_UP; i++, node = node.parentElement) {
    if (isRow(node)) return undefined;
    if (isCell(node)) {
      const row = node.parentElement;
      return row && isRow(row) ? { cell: node, row } : undefined;
    }
  }
  return undefined;
}

function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (const child of row.children) {
    if (isCell(child)) cells.push(child);
    if (cells.length >= MAX_CELLS) break;
  }
  return cells;
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? 1);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 1;
}

/** 1-based column of a cell: aria-colindex when the grid gives it (virtualised grids), else by position. */
function columnOf(cell: Element, row: Element): number {
  const given = Number(cell.getAttribute('aria-colindex'));
  if (Number.isInteger(given) && given > 0) return given;
  let column = 1;
  for (const each of cellsOf(row)) {
    if (each === cell) return column;
    column += span(each);
  }
  return column;
}

const TABLE = 'table, [role="grid"], [role="treegrid"], [role="table"]';

/** The table's header row: its thead's first row, or its first row when that row holds headers. */
function headerRow(table: Element): Element | undefined {
  if (table.tagName === 'TABLE') {
    // The first row in document order: the thead's, when there is one.
    const row = table.querySelector('tr');
    return row && Array.prototype.some.call(row.children, (c: Element) => c.tagName === 'TH')
      ? row
      : undefined;
  }
  // The first row in document order; ARIA grids put the header row first.
  const row = table.querySelector('[role="row"]');
  return row?.querySelector(':scope > [role="columnheader"]') ? row : undefined;
}

function headerAt(row: Element, column: number, byIndex: boolean): Element | undefined {
  let at = 1;
  for (const cell of cellsOf(row)) {
    if (byIndex) {
      if (Number(cell.getAttribute('aria-colindex')) === column) return cell;
      continue;
    }
    if (column >= at && column < at + span(cell)) return cell;
    at += span(cell);
  }
  return undefined;
}

/** The header of the column `element` is in, for a cell or a control inside a cell. */
export function columnHeader(element: Element): string {
  const found = cellOf(element);
  if (!found) return '';
  const { cell, row } = found;
  const table = row.closest(TABLE);
  if (!table) return '';
  const header = headerRow(table);
  if (!header || header === row) return '';
  const byIndex = cell.hasAttribute('aria-colindex');
  return cleanLabel(textOf(headerAt(header, columnOf(cell, row), byIndex)));
}

const NUMERIC = /^[\s\d.,:/+\-−–$€£¥%()]*$/u;
/** Text that says what a row is about: has letters, and is short enough to be a name. */
function identifying(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !NUMERIC.test(text);
}

const FIELD = 'input, select, textarea, button, [contenteditable]:not([contenteditable="false"])';

/**
 * The text a person would use to point at `element`'s row ("the row for Office Depot"): the row
 * header if there is one, else the first cell with words in it other than the element's own.
 * Only for rows among others in a body of rows; an entry row of empty fields has none.
 */
export function rowText(element: Element): string {
  const found = cellOf(element);
  if (!found) return '';
  const { cell, row } = found;
  if (isPrivate(row)) return '';
  const table = row.closest(TABLE);
  if (!table || headerRow(table) === row) return '';
  const siblings = row.parentElement?.children.length ?? 0;
  if (siblings < 2) return '';
  const cells = cellsOf(row);
  const header = cells.find(
    (c) =>
      c !== cell &&
      (c.getAttribute('role') === 'rowheader' || (c.tagName === 'TH' && !c.getAttribute('role'))),
  );
  if (header) {
    const text = cleanLabel(textOf(header));
    if (identifying(text)) return text;
  }
  // Rows are told apart by their first columns (date, name, number); 16 is plenty and bounds the work.
  for (const each of cells.slice(0, 16)) {
    if (each === cell || each.querySelector(FIELD)) continue;
    const text = textOf(each);
    if (identifying(text)) return text;
  }
  return '';
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
      if (sibling.matches(FIELD) || sibling.querySelector(FIELD)) return '';
      if (!LABEL_LIKE.has(sibling.tagName)) break;
      const text = cleanLabel(textOf(sibling));
      if (text && text.length <= 60) return text;
      break;
    }
  }
  return '';
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
  const row = rowText(element);
  const withRow = (name: string): PersonName => (row && row !== name ? { name, row } : { name });
  const clean = cleanLabel(computed);
  if (!needsBetterName(element, computed.trim())) return withRow(clean);
  for (const [, source] of SOURCES) {
    const name = source(element);
    if (name) return withRow(name.slice(0, MAX_NAME));
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
