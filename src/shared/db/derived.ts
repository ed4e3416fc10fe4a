/**
 * The procedure's denormalised fields, owned by the repositories: `stepCount` and `searchText`
 * (the lower-cased title, then one line per step's sentence, in step order). Pure, so the editor's
 * in-memory state and every writer build them the same way; only this module knows the format.
 */
import type { Step } from '../model';
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

/**
 * The search text after `changed` steps were rewritten in place, the steps' order (`order`, their
 * ids) unchanged: their lines and the title line are replaced. Undefined when the stored text does
 * not have one line per step (a sentence holding a line break, or an older record): then it has to
 * be built whole from every step.
 */
export function rewrittenSearchText(
  searchText: string,
  title: string,
  order: readonly string[],
  changed: readonly Step[],
): string | undefined {
  const lines = searchText.split('\n');
  if (lines.length !== order.length + 1) return undefined;
  const at = new Map(order.map((id, i) => [id, i + 1]));
  lines[0] = title.toLowerCase();
  for (const step of changed) {
    const line = at.get(step.id);
    if (line === undefined) return undefined;
    lines[line] = searchLine(step);
  }
  return lines.join('\n');
}

/** The search text with its title line replaced, the steps' lines kept. */
export function retitledSearchText(searchText: string, title: string): string {
  const newline = searchText.indexOf('\n');
  return newline < 0 ? title.toLowerCase() : `${title.toLowerCase()}${searchText.slice(newline)}`;
}
