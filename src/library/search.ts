/** Library search: every word typed must appear in the title or in some step's sentence. */
import type { Procedure } from '../shared/model';

export function matches(procedure: Pick<Procedure, 'searchText' | 'title'>, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // searchText is denormalised; fall back to the title in case a record predates it.
  const haystack = procedure.searchText || procedure.title.toLowerCase();
  return words.every((w) => haystack.includes(w));
}
