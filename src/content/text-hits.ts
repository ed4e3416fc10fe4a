/**
 * Matches of personal data in a document's text nodes, kept up to date incrementally. The first
 * call reads every text node once; after that a MutationObserver (childList and characterData,
 * which dom-version.ts does not watch: a cell whose text a framework rewrites in place must count)
 * only notes which nodes changed, and the next call reads those again. So a page whose clock ticks
 * every second costs one short text per screenshot, not a walk over 10,000 elements.
 */
import type { Match } from '../shared/personal-data';
import { NearViewport } from './near-viewport';
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
  /** Nodes were removed since the last look: hits under them are forgotten then, not at every look. */
  removed: boolean;
  roots: Set<Node>;
  observer: MutationObserver;
  /** The parents of the text nodes with hits, watched for being near the screen. */
  near: NearViewport;
  /** The parent each hit node is watched under. */
  watchedParent: Map<Text, Element>;
  /** The other way round: the hit nodes watched under each parent. */
  children: Map<Element, Set<Text>>;
  /** The document's fields, until an element is added (text changes do not add fields). */
  fields: Element[] | undefined;
  /** The fields watched for being near the screen: only their values are read at a screenshot. */
  nearFields: NearViewport;
  watchedFields: Set<Element>;
  generation: number;
}

const states = new WeakMap<Document, State>();
const observers = new Set<{ disconnect(): void }>();
/** Bumped when the recorder detaches: states from before are stale (their observers stopped). */
let generation = 0;

const OPTIONS: MutationObserverInit = { subtree: true, childList: true, characterData: true };

function note(state: State, records: readonly MutationRecord[]): void {
  if (state.rewalk) return;
  for (const record of records) {
    if (record.type === 'characterData') state.dirty.add(record.target);
    else if (record.removedNodes.length > 0) state.removed = true;
    if (record.type === 'childList')
      for (const node of record.addedNodes) {
        state.dirty.add(node);
        if (node.nodeType === Node.ELEMENT_NODE) state.fields = undefined;
      }
  }
  if (state.dirty.size > MAX_DIRTY) {
    state.rewalk = true;
    state.dirty.clear();
  }
}

function forget(state: State, node: Text): void {
  state.hits.delete(node);
  const parent = state.watchedParent.get(node);
  if (!parent) return;
  state.watchedParent.delete(node);
  const siblings = state.children.get(parent);
  siblings?.delete(node);
  if (siblings?.size === 0) state.children.delete(parent);
  state.near.unwatch(parent);
}

function readText(state: State, node: Text): void {
  const parent = node.parentElement;
  const data = node.data;
  const hits =
    !parent || data.length < MIN_TEXT || SKIPPED_PARENTS.has(parent.localName) ? [] : state.detect(data);
  if (hits.length === 0 || !parent) {
    forget(state, node);
    return;
  }
  // A node moved under another parent is watched under its new one.
  const watched = state.watchedParent.get(node);
  if (watched && watched !== parent) forget(state, node);
  state.hits.set(node, hits);
  if (!state.watchedParent.has(node)) {
    state.watchedParent.set(node, parent);
    const siblings = state.children.get(parent) ?? new Set<Text>();
    state.children.set(parent, siblings);
    siblings.add(node);
    state.near.watch(parent);
  }
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
    removed: false,
    roots: new Set(),
    observer: new MutationObserver((records) => note(state, records)),
    near: new NearViewport(),
    watchedParent: new Map(),
    children: new Map(),
    fields: undefined,
    nearFields: new NearViewport(),
    watchedFields: new Set(),
    generation,
  };
  state.observer.observe(doc, OPTIONS);
  observers.add(state.observer);
  observers.add(state.near);
  observers.add(state.nearFields);
  states.set(doc, state);
  return state;
}

export interface TextHits {
  hits: ReadonlyMap<Text, Match[]>;
  /** False when the node's parent is known to be far from the screen: no need to measure it. */
  mayShow(node: Text): boolean;
  /** The hit nodes that may show, found through their parents: what a screenshot measures. */
  mayShowNodes(): Iterable<Text>;
  /** The document's fields that may show (see fieldsNear). */
  fieldsNearScreen(): ReadonlySet<Element>;
}

/** Text nodes holding personal data in `doc` and its open shadow roots, with where in each. */
export function textHits(doc: Document, key: string, detect: Detect): TextHits {
  let state = states.get(doc);
  if (state && (state.key !== key || state.generation !== generation)) {
    state.observer.disconnect();
    state.near.disconnect();
    state.nearFields.disconnect();
    state = undefined;
  }
  state ??= start(doc, key, detect);
  // Changes made earlier in this same task are not delivered yet.
  note(state, state.observer.takeRecords());
  const roots = openShadowRoots(doc);
  if (state.rewalk) {
    state.rewalk = false;
    state.fields = undefined;
    state.dirty.clear();
    for (const node of [...state.hits.keys()]) forget(state, node);
    walk(state, doc, doc);
    for (const root of state.roots) if (!roots.includes(root as ShadowRoot)) state.roots.delete(root);
    for (const root of state.roots) walk(state, doc, root);
  }
  for (const root of roots) {
    if (state.roots.has(root)) continue;
    state.fields = undefined;
    state.roots.add(root);
    state.observer.observe(root, OPTIONS);
    walk(state, doc, root);
  }
  for (const node of state.dirty) if (node.isConnected) walk(state, doc, node);
  state.dirty.clear();
  if (state.removed) {
    state.removed = false;
    for (const node of [...state.hits.keys()]) if (!node.isConnected) forget(state, node);
  }
  state.near.refresh();
  const { near, watchedParent, children } = state;
  const current = state;
  return {
    hits: state.hits,
    mayShow: (node) => {
      const parent = watchedParent.get(node);
      return !parent || near.mayShow(parent);
    },
    *mayShowNodes() {
      for (const parent of near.mayShowAll()) yield* children.get(parent) ?? [];
    },
    fieldsNearScreen: () => fieldsNear(current, doc, roots),
  };
}

/**
 * The fields that may show. All inputs, textareas and selects are watched (whatever their type:
 * a hidden input made visible has no box until then, and boxless ones are read, finding nothing
 * to cover); the list is searched again only after an element was added. Reading the value of
 * 1,000 fields, or even their type, from the recorder's isolated world cost a few milliseconds
 * per screenshot; the observer narrows it to the screenful.
 */
function fieldsNear(state: State, doc: Document, roots: readonly ShadowRoot[]): ReadonlySet<Element> {
  if (!state.fields) {
    const list: Element[] = [];
    for (const scope of [doc, ...roots]) list.push(...scope.querySelectorAll('input, textarea, select'));
    const now = new Set(list);
    for (const field of state.watchedFields) if (!now.has(field)) state.nearFields.unwatch(field);
    for (const field of now) if (!state.watchedFields.has(field)) state.nearFields.watch(field);
    state.watchedFields = now;
    state.fields = list;
  }
  state.nearFields.refresh();
  return state.nearFields.mayShowAll();
}

/** The recorder detached: no observer stays on the page; the next look starts afresh. */
export function stopTextWatch(): void {
  for (const observer of observers) observer.disconnect();
  observers.clear();
  generation++;
}
