/**
 * Screenshots are shared between a procedure's steps and its saved versions, never copied. Every
 * transaction that deletes screenshots (reclaim.ts, write.ts's release, pruning versions) asks
 * this first, inside its own transaction, so a screenshot only an older version shows survives.
 */

/** The part of the versions store this needs: its multi-entry index over `imageIds`. */
interface VersionsByImage {
  index(name: 'byImage'): { count(key: string): Promise<number> };
}

/** Which of `ids` a stored version still shows. */
export async function shownByVersions(
  versions: VersionsByImage,
  ids: Iterable<string>,
): Promise<Set<string>> {
  const byImage = versions.index('byImage');
  const list = [...new Set(ids)];
  const counts = await Promise.all(list.map((id) => byImage.count(id)));
  return new Set(list.filter((_, i) => counts[i]! > 0));
}
