/**
 * The procedure's two lists: "When something goes wrong" (problem → what to do) and "Access
 * needed" (what, and whether its secret is sent separately). Entries have no ids: their place in
 * the list is who they are, as in the file format.
 */
import type { AccessItem, Procedure, TroubleEntry } from '../model';
import { EditError, type EditState, withDerived } from './state';

type ListName = 'troubleshooting' | 'access';
type Entry<L extends ListName> = L extends 'troubleshooting' ? TroubleEntry : AccessItem;

const BLANK: { [L in ListName]: () => Entry<L> } = {
  troubleshooting: () => ({ problem: '', whatToDo: '' }),
  access: () => ({ what: '', sentSeparately: false }),
};

function listOf<L extends ListName>(procedure: Procedure, list: L): Entry<L>[] {
  // A record from before migration 4 may lack the list; an edit gives it one.
  return (procedure[list] ?? []) as Entry<L>[];
}

function withList<L extends ListName>(state: EditState, list: L, entries: Entry<L>[]): EditState {
  // The troubleshooting text is searchable, so the derived search text follows it.
  return withDerived({ procedure: { ...state.procedure, [list]: entries }, steps: state.steps });
}

/** Adds a blank entry at the end, for the person to fill in. */
export function addEntry(state: EditState, list: ListName): EditState {
  return withList(state, list, [...listOf(state.procedure, list), BLANK[list]()]);
}

/** Changes fields of entry `index`; returns the same state when nothing changed. */
export function setEntry<L extends ListName>(
  state: EditState,
  list: L,
  index: number,
  change: Partial<Entry<L>>,
): EditState {
  const entries = listOf(state.procedure, list);
  const before = entries[index];
  if (!before) throw new EditError('That entry no longer exists; it may have been removed in another tab.');
  const same = Object.entries(change).every(
    ([key, value]) => (before as Record<string, unknown>)[key] === value,
  );
  if (same) return state;
  const next = entries.slice();
  next[index] = { ...before, ...change };
  return withList(state, list, next);
}

export function removeEntry(state: EditState, list: ListName, index: number): EditState {
  const entries = listOf(state.procedure, list);
  if (!entries[index]) return state;
  return withList(
    state,
    list,
    entries.filter((_, i) => i !== index),
  );
}

/** Moves entry `index` one place up (-1) or down (+1); a move past either end does nothing. */
export function moveEntry(state: EditState, list: ListName, index: number, by: -1 | 1): EditState {
  const entries = listOf(state.procedure, list).slice();
  const to = index + by;
  if (!entries[index] || !entries[to]) return state;
  [entries[index], entries[to]] = [entries[to]!, entries[index]!];
  return withList(state, list, entries);
}
