/**
 * A change counter per document, so the recorder can reuse what it found in the DOM (shadow roots,
 * frames, secret-field candidates) until something changes, instead of searching the whole
 * document at every click. One MutationObserver per document watches structure and the attributes
 * that decide secrecy and naming; a callback only bumps a number, so the page pays almost nothing
 * for its own mutations. Scrolling counts as a change for whoever wants to know when the page
 * looks different (standby screenshots).
 *
 * A second count moves only when elements may have been added (a mutation that adds an element
 * node, or a shadow root found without one): what is searched for by element (shadow roots,
 * frames) need not be searched again after a page only changed text, attributes or its scroll,
 * which is what a status line, a clock or a counter does at every click.
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
  /** The count when elements were last added (or first watched). */
  elements: number;
  observer: MutationObserver;
  listeners: Set<(doc: Document) => void>;
}

const watches = new WeakMap<Document, Watch>();
const watched = new Set<Document>();
/** One counter for every document and every watch: a count is never reused, so no stale cache hits. */
let counter = 0;

function bump(doc: Document, watch: Watch, addsElements: boolean): void {
  watch.version = ++counter;
  if (addsElements) watch.elements = watch.version;
  for (const listener of watch.listeners) listener(doc);
}

function addsElements(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    if (record.type !== 'childList') continue;
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) return true;
  }
  return false;
}

function watchOf(doc: Document): Watch {
  const watch = watches.get(doc);
  if (watch) return watch;
  const version = ++counter;
  const created: Watch = {
    version,
    elements: version,
    observer: new MutationObserver((records) => bump(doc, created, addsElements(records))),
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
  return current(doc).version;
}

/**
 * The count when elements were last added to `doc` (or its watched shadow roots): equal counts
 * mean the same elements, less any removed since. Starts watching like `domVersion`.
 */
export function elementsVersion(doc: Document = document): number {
  return current(doc).elements;
}

function current(doc: Document): Watch {
  const watch = watchOf(doc);
  // Records of changes made earlier in this same task are not delivered yet: count them now.
  const pending = watch.observer.takeRecords();
  if (pending.length > 0) bump(doc, watch, addsElements(pending));
  return watch;
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
  bump(doc, watchOf(doc), false);
}

/** Counts elements no mutation reported (a shadow root attached to an element already there). */
export function markElementsAdded(doc: Document = document): void {
  bump(doc, watchOf(doc), true);
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
export function cachedByVersion<T>(
  compute: (doc: Document) => T,
  versionOf: (doc: Document) => number = domVersion,
): (doc: Document) => T {
  const cache = new WeakMap<Document, { version: number; value: T }>();
  return (doc) => {
    const version = versionOf(doc);
    const hit = cache.get(doc);
    if (hit && hit.version === version) return hit.value;
    const value = compute(doc);
    cache.set(doc, { version, value });
    return value;
  };
}
