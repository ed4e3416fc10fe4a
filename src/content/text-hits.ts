/**
 * Matches of personal data in a document's text nodes, kept up to date incrementally. The first
 * call reads every text node once; after that a MutationObserver (childList and characterData,
 * which dom-version.ts does not watch: a cell whose text a framework rewrites in place must count)
 * only notes which nodes changed, and the next call reads those again. So a page whose clock ticks
 * every second costs one short text per screenshot, not a walk over 10,000 elements.
 */
import type { Match } from '../shared/personal-data';
import { openShadowRoots } from './shadow-roots';

export type Detect = (text: string) => Match[];

/** Shorter than the shortest thing a detector finds (an email such as a@b.co). */
const MIN_TEXT = 6;
/** Past this many noted changes, one fresh walk is cheaper than following each. */
const MAX_DIRTY = 5000;
const SKIPPED_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

interface State {
  key: string;
  detect: Detect;
  hits: Map<Text, Match[]>;
  dirty: Set<Node>;
  rewalk: boolean;
  roots: Set<Node>;
  observer: MutationObserver;
  generation: number;
}

const states = new WeakMap<Document, State>();
const observers = new Set<MutationObserver>();
/** Bumped when the recorder detaches: states from before are stale (their observers stopped). */
let generation = 0;

const OPTIONS: MutationObserverInit = { subtree: true, childList: true, characterData: true };

function note(state: State, records: readonly MutationRecord[]): void {
  if (state.rewalk) return;
  for (const record of records) {
    if (record.type === 'characterData') state.dirty.add(record.target);
    else for (const node of record.addedNodes) state.dirty.add(node);
  }
  if (state.dirty.size > MAX_DIRTY) {
    state.rewalk = true;
    state.dirty.clear();
  }
}

function readText(state: State, node: Text): void {
  const parent = node.parentElement?.localName;
  const data = node.data;
  const hits = data.length < MIN_TEXT || (parent && SKIPPED_PARENTS.has(parent)) ? [] : state.detect(data);
  if (hits.length > 0) state.hits.set(node, hits);
  else state.hits.delete(node);
}

function walk(state: State, doc: Document, root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) {
    readText(state, root as Text);
    return;
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) readText(state, node as Text);
}

function start(doc: Document, key: string, detect: Detect): State {
  const state: State = {
    key,
    detect,
    hits: new Map(),
    dirty: new Set(),
    rewalk: true,
    roots: new Set(),
    observer: new MutationObserver((records) => note(state, records)),
    generation,
  };
  state.observer.observe(doc, OPTIONS);
  observers.add(state.observer);
  states.set(doc, state);
  return state;
}

/** Text nodes holding personal data in `doc` and its open shadow roots, with where in each. */
export function textHits(doc: Document, key: string, detect: Detect): Map<Text, Match[]> {
  let state = states.get(doc);
  if (state && (state.key !== key || state.generation !== generation)) {
    state.observer.disconnect();
    state = undefined;
  }
  state ??= start(doc, key, detect);
  // Changes made earlier in this same task are not delivered yet.
  note(state, state.observer.takeRecords());
  const roots = openShadowRoots(doc);
  if (state.rewalk) {
    state.rewalk = false;
    state.dirty.clear();
    state.hits.clear();
    walk(state, doc, doc);
    for (const root of state.roots) if (!roots.includes(root as ShadowRoot)) state.roots.delete(root);
    for (const root of state.roots) walk(state, doc, root);
  }
  for (const root of roots) {
    if (state.roots.has(root)) continue;
    state.roots.add(root);
    state.observer.observe(root, OPTIONS);
    walk(state, doc, root);
  }
  for (const node of state.dirty) if (node.isConnected) walk(state, doc, node);
  state.dirty.clear();
  for (const node of state.hits.keys()) if (!node.isConnected) state.hits.delete(node);
  return state.hits;
}

/** The recorder detached: no observer stays on the page; the next look starts afresh. */
export function stopTextWatch(): void {
  for (const observer of observers) observer.disconnect();
  observers.clear();
  generation++;
}
