/**
 * The procedure's denormalised fields, owned by the repositories: `stepCount` and `searchText`
 * (the lower-cased title and the troubleshooting entries' words, then one line per step: its
 * sentence and its decision's condition, in step order). Pure, so the editor's in-memory state and
 * every writer build them the same way; only this module knows the format.
 */
import type { Step, TroubleEntry } from '../model';
import { sentence } from '../text';

/** Words added to a line; their own line breaks would shift every step's line after them. */
const inline = (text: string) => text.replace(/[\r\n]+/g, ' ');

/** One step's line of the search text. */
export function searchLine(step: Step): string {
  const condition = step.decision?.condition.trim();
  return (condition ? `${sentence(step)} ${inline(condition)}` : sentence(step)).toLowerCase();
}

/** The first line: the title, then every problem and what to do about it. */
export function headLine(title: string, troubleshooting: readonly TroubleEntry[] = []): string {
  const words = troubleshooting.flatMap((e) => [e.problem, e.whatToDo]).filter((w) => w.trim());
  return [title, ...words.map(inline)].join(' ').toLowerCase();
}

export function searchTextOf(
  title: string,
  steps: readonly Step[],
  troubleshooting: readonly TroubleEntry[] = [],
): string {
  return [headLine(title, troubleshooting), ...steps.map(searchLine)].join('\n');
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
  troubleshooting: readonly TroubleEntry[] = [],
): string | undefined {
  const lines = searchText.split('\n');
  if (lines.length !== order.length + 1) return undefined;
  const at = new Map(order.map((id, i) => [id, i + 1]));
  lines[0] = headLine(title, troubleshooting);
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
