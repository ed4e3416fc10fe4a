/**
 * Names from a table or grid: the header of the column an element is in, and the identifying text
 * of its row. Bounded: a few ancestors up, one header row scanned by index, at most 16 cells read.
 */
import { cleanLabel, isPrivate, textOf } from './label-text';

/** Ancestors walked up to find the cell: enough for wrappers around a cell's control. */
const MAX_UP = 6;
const MAX_CELLS = 64;

const CELL_ROLES = new Set(['gridcell', 'cell', 'rowheader', 'columnheader']);
const ROW_ROLES = new Set(['row']);

export function isCell(element: Element): boolean {
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
export function identifying(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !NUMERIC.test(text);
}

export const FIELD = 'input, select, textarea, button, [contenteditable]:not([contenteditable="false"])';

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

const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * True when the cell `element` is in reads the same as its neighbours above or below (a "Delete"
 * in every row, an empty field in every row): then only the row tells which one was meant.
 */
export function repeatsInColumn(element: Element): boolean {
  const found = cellOf(element);
  if (!found) return false;
  const { cell, row } = found;
  const index = Array.prototype.indexOf.call(row.children, cell);
  const own = flat(cell.textContent);
  return [row.previousElementSibling, row.nextElementSibling].some((other) => {
    const twin = other?.children[index];
    return twin !== undefined && isCell(twin) && flat(twin.textContent) === own;
  });
}
