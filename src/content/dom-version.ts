/**
 * A change counter per document, so the recorder can reuse what it found in the DOM (shadow roots,
 * frames, secret-field candidates) until something changes, instead of searching the whole
 * document at every click. One MutationObserver per document watches structure and the attributes
 * that decide secrecy and naming; a callback only bumps a number, so the page pays almost nothing
 * for its own mutations. Scrolling counts as a change for whoever wants to know when the page
 * looks different (standby screenshots).
 */

/** Attributes that change what is secret, where frames are, or what a field is called. */
const WATCHED_ATTRIBUTES = [
  'type',
  'autocomplete',
  'data-handoff-private',
  'name',
  'id',
  'aria-label',
  'aria-labelledby',
  'placeholder',
  'maxlength',
  'src',
  'data',
  'hidden',
  'style',
  'class',
  'open',
];

interface Watch {
  version: number;
  observer: MutationObserver;
  listeners: Set<(doc: Document) => void>;
}

const watches = new WeakMap<Document, Watch>();
const watched = new Set<Document>();
/** One counter for every document and every watch: a count is never reused, so no stale cache hits. */
let counter = 0;

function bump(doc: Document, watch: Watch): void {
  watch.version = ++counter;
  for (const listener of watch.listeners) listener(doc);
}

function watchOf(doc: Document): Watch {
  const watch = watches.get(doc);
  if (watch) return watch;
  const created: Watch = {
    version: ++counter,
    observer: new MutationObserver(() => bump(doc, created)),
    listeners: new Set(),
  };
  watches.set(doc, created);
  created.observer.observe(doc, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  watched.add(doc);
  return created;
}

/**
 * The document's change count: equal counts mean nothing watched changed in between. The first
 * call starts watching (and answers a count no cache holds yet).
 */
export function domVersion(doc: Document = document): number {
  const watch = watchOf(doc);
  // Records of changes made earlier in this same task are not delivered yet: count them now.
  if (watch.observer.takeRecords().length > 0) bump(doc, watch);
  return watch.version;
}

/** Calls `listener` after every batch of changes to `doc`; returns the way to stop. */
export function onDomChange(doc: Document, listener: (doc: Document) => void): () => void {
  const watch = watchOf(doc);
  watch.listeners.add(listener);
  return () => watch.listeners.delete(listener);
}

/**
 * Watches an open shadow root as part of its document: a MutationObserver on the document does
 * not see inside shadow trees, and a component rendering a password field there must count.
 */
export function watchShadowRoot(doc: Document, root: ShadowRoot): void {
  watchOf(doc).observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
}

/** Counts a change that no mutation reports (a scroll, a resize). */
export function markChanged(doc: Document = document): void {
  bump(doc, watchOf(doc));
}

/** Stops every observer (the recorder detached); counts start again on the next call. */
export function stopWatching(): void {
  for (const doc of watched) {
    watches.get(doc)?.observer.disconnect();
    watches.delete(doc);
  }
  watched.clear();
}

/** Cached per document and version: `compute` runs again only after the document changed. */
export function cachedByVersion<T>(compute: (doc: Document) => T): (doc: Document) => T {
  const cache = new WeakMap<Document, { version: number; value: T }>();
  return (doc) => {
    const version = domVersion(doc);
    const hit = cache.get(doc);
    if (hit && hit.version === version) return hit.value;
    const value = compute(doc);
    cache.set(doc, { version, value });
    return value;
  };
}
