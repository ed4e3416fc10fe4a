/**
 * The procedure's denormalised fields, owned by the repositories: `stepCount` and `searchText`
 * (the lower-cased title, then one line per step's sentence, in step order). Pure, so the editor's
 * in-memory state and every writer build them the same way; only this module knows the format.
 */
import type { Procedure, Step } from '../model';
import { sentence } from '../text';

/** One step's line of the search text. */
export function searchLine(step: Step): string {
  return sentence(step).toLowerCase();
}

export function searchTextOf(title: string, steps: readonly Step[]): string {
  return [title, ...steps.map((step) => sentence(step))].join('\n').toLowerCase();
}

/** The search text after a step is appended at the end (recording). */
export function appendedSearchText(searchText: string, step: Step): string {
  return `${searchText}\n${searchLine(step)}`;
}

/** The search text with its title line replaced, the steps' lines kept. */
export function retitledSearchText(searchText: string, title: string): string {
  const newline = searchText.indexOf('\n');
  return newline < 0 ? title.toLowerCase() : `${title.toLowerCase()}${searchText.slice(newline)}`;
}

export type DerivedFields = Pick<Procedure, 'stepCount' | 'searchText'>;

export function derivedFields(title: string, steps: readonly Step[]): DerivedFields {
  return { stepCount: steps.length, searchText: searchTextOf(title, steps) };
}
