/**
 * Whether two saved contents of a procedure are the same, so a version identical to the one
 * before it is not saved again (an editor closed without edits, a pause after an undone edit).
 * Records read back from IndexedDB may hold their keys in another order than the ones written
 * (an edit patches fields onto a stored step), so comparison is by value, not by JSON text.
 */
import type { Procedure, Step } from '../model';

/** Fields that change without the content changing: when it was saved, and the bin mark. */
const NOT_CONTENT = new Set(['updatedAt', 'deletedAt']);

/** Equal by value: plain data read from or written to IndexedDB, keys in any order. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Blob || b instanceof Blob) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
  if (keys.length !== Object.keys(rb).filter((k) => rb[k] !== undefined).length) return false;
  return keys.every((k) => equal(ra[k], rb[k]));
}

export interface VersionContent {
  procedure: Omit<Procedure, 'deletedAt'> | Procedure;
  steps: readonly Step[];
}

export function sameVersionContent(a: VersionContent, b: VersionContent): boolean {
  if (a.steps.length !== b.steps.length) return false;
  const fields = (p: VersionContent['procedure']) =>
    Object.fromEntries(Object.entries(p).filter(([k]) => !NOT_CONTENT.has(k)));
  return equal(fields(a.procedure), fields(b.procedure)) && a.steps.every((s, i) => equal(s, b.steps[i]));
}
