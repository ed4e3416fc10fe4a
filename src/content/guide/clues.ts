/**
 * The clues that say a live element is the recorded one, each scored on its own so that one
 * changed clue (a regenerated id, a reworded label, a moved row) cannot lose the element alone.
 * Weights follow the order of trust: role and accessible name, label text, stable attributes,
 * the recorded selectors, text, position in the page's structure, the shadow path.
 */
import { getRole } from 'dom-accessibility-api';
import type { Target } from '../../shared/model';
import { normalise, type Phrase } from './text-match';

export const WEIGHT = {
  name: 40,
  /** Subtracted when both names are known and share no word: a different control. */
  nameConflict: 30,
  role: 10,
  roleConflict: 5,
  label: 10,
  testAttribute: 25,
  id: 12,
  selector: 8,
  text: 5,
  row: 20,
  rowConflict: 25,
  position: 5,
  shadow: 3,
  hidden: 30,
} as const;

export interface Scored {
  element: Element;
  score: number;
  /** Points per clue, for tests and the bench to explain a pick. */
  clues: Record<string, number>;
  /** Whether an identifying clue (name, label, test attribute or id) matched. */
  identified: boolean;
}

const TEST_ATTRIBUTE = /\[(data-testid|data-test|data-qa)="((?:[^"\\]|\\.)*)"\]/;
const ID = /^#((?:[^\s>+~.#:[\\]|\\.)+)$/;

/** Stable attributes the recorded selectors name: a test attribute, and an id the element owned. */
export interface RecordedAttributes {
  test?: { attribute: string; value: string };
  id?: string;
}

function unescapeCss(value: string): string {
  return value.replace(/\\([0-9a-f]{1,6}\s?|.)/gi, (_all, ch: string) =>
    /^[0-9a-f]{1,6}\s?$/i.test(ch) ? String.fromCodePoint(Number.parseInt(ch, 16)) : ch,
  );
}

export function recordedAttributes(target: Target): RecordedAttributes {
  const out: RecordedAttributes = {};
  const last = target.selectors[0]?.at(-1) ?? '';
  const test = TEST_ATTRIBUTE.exec(last);
  if (test && !last.includes('>')) out.test = { attribute: test[1]!, value: unescapeCss(test[2]!) };
  const id = ID.exec(last);
  if (id) out.id = unescapeCss(id[1]!);
  return out;
}

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Label texts by the id they are `for`, one query per tree: `input.labels` searches the whole
 * tree on every read, which cost a 10,000-element page about 60 ms per field located.
 */
export class LabelIndex {
  private readonly byRoot = new Map<Node, Map<string, string>>();

  of(element: Element): string {
    if (!FIELD_TAGS.has(element.tagName)) return '';
    const parts: string[] = [];
    const wrapping = element.closest('label');
    if (wrapping) parts.push(wrapping.textContent ?? '');
    if (element.id) {
      const root = element.getRootNode();
      let map = this.byRoot.get(root);
      if (!map) {
        map = new Map();
        for (const label of (root as ParentNode).querySelectorAll('label[for]')) {
          const id = label.getAttribute('for') ?? '';
          map.set(id, `${map.get(id) ?? ''} ${label.textContent ?? ''}`);
        }
        this.byRoot.set(root, map);
      }
      const text = map.get(element.id);
      if (text) parts.push(text);
    }
    return parts.join(' ');
  }
}

/**
 * A name read without the full accessible-name algorithm (which reads computed styles of every
 * node): aria-label, aria-labelledby, a field's labels, value or placeholder, else its text.
 * Good enough to rank thousands of candidates; the best few get the recorder's own name.
 */
export function quickName(element: Element, labels: LabelIndex): string {
  const aria = element.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  const ids = element.getAttribute('aria-labelledby');
  if (ids) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const text = ids
      .split(/\s+/)
      .slice(0, 8)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  if (FIELD_TAGS.has(element.tagName)) {
    const label = labels.of(element);
    if (label.trim()) return label;
    if (element instanceof HTMLInputElement && /^(submit|button|reset)$/.test(element.type))
      return element.value;
    return element.getAttribute('placeholder') || element.getAttribute('title') || '';
  }
  return (element.textContent ?? '').slice(0, 400) || element.getAttribute('title') || '';
}

function shadowDepth(element: Element): number {
  let depth = 0;
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) depth++;
  return depth;
}

/** Whether the element has a box a person could see and act on. */
export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  const rects = element.getClientRects();
  if (rects.length === 0) return false;
  const view = element.ownerDocument.defaultView;
  const style = view?.getComputedStyle(element);
  return style?.visibility !== 'hidden';
}

function nameScore(recorded: Phrase, live: string, clues: Record<string, number>): boolean {
  if (!recorded.text) return false;
  const s = recorded.similarity(live);
  if (s > 0) clues.name = Math.round(WEIGHT.name * (s === 1 ? 1 : 0.6 * s) * 10) / 10;
  else if (normalise(live)) clues.name = -WEIGHT.nameConflict;
  return s >= 0.5;
}

export interface Context {
  target: Target;
  attributes: RecordedAttributes;
  /** Elements the recorded selectors resolve to now, by chain index. */
  selectorHits: ReadonlyMap<Element, number>;
  /** The recorded element's centre, CSS px of the top-level viewport. */
  recordedCentre: { x: number; y: number };
  labels: LabelIndex;
  /** The recorded name and row, prepared once. */
  name: Phrase;
  row: string;
}

/** The cheap clues, for every candidate. */
export function scoreCheap(element: Element, ctx: Context): Scored {
  const { target } = ctx;
  const clues: Record<string, number> = {};
  let identified = nameScore(ctx.name, quickName(element, ctx.labels), clues);

  const role = getRole(element) ?? '';
  if (role === target.role) clues.role = WEIGHT.role;
  else if (role && target.role && target.role !== 'generic') clues.role = -WEIGHT.roleConflict;

  const label = ctx.labels.of(element);
  if (label && ctx.name.similarity(label) === 1) {
    clues.label = WEIGHT.label;
    identified = true;
  }

  const { test, id } = ctx.attributes;
  if (test && element.getAttribute(test.attribute) === test.value) {
    clues.testAttribute = WEIGHT.testAttribute;
    identified = true;
  }
  if (id && element.id === id) {
    clues.id = WEIGHT.id;
    identified = true;
  }

  const chain = ctx.selectorHits.get(element);
  if (chain !== undefined) clues.selector = chain === 0 ? WEIGHT.selector : WEIGHT.selector / 2;

  const text = (element.textContent ?? '').slice(0, 400);
  if (text && !clues.name && normalise(text) === ctx.name.text) clues.text = WEIGHT.text;

  if (target.row) {
    const row = element.closest('tr, [role="row"]');
    const rowText = normalise(row?.textContent);
    if (rowText) {
      if (rowText.includes(ctx.row)) clues.row = WEIGHT.row;
      else clues.row = -WEIGHT.rowConflict;
    }
  }

  if (shadowDepth(element) === Math.max(0, (target.selectors[0]?.length ?? 1) - 1))
    clues.shadow = WEIGHT.shadow;

  return total({ element, score: 0, clues, identified });
}

/** Clues that need layout: visibility and distance from where the element was recorded. */
export function scoreLayout(scored: Scored, ctx: Context, offset: { x: number; y: number }): Scored {
  const { element, clues } = scored;
  if (!isShown(element)) {
    clues.hidden = -WEIGHT.hidden;
    return total(scored);
  }
  const r = element.getBoundingClientRect();
  const dx = r.left + offset.x + r.width / 2 - ctx.recordedCentre.x;
  const dy = r.top + offset.y + r.height / 2 - ctx.recordedCentre.y;
  const distance = Math.hypot(dx, dy);
  clues.position = Math.round(WEIGHT.position * Math.max(0, 1 - distance / 600) * 10) / 10;
  return total(scored);
}

export function total(scored: Scored): Scored {
  // A test attribute is set for machines to find the control whatever its words say.
  if (scored.clues.testAttribute && (scored.clues.name ?? 0) < 0) scored.clues.name = 0;
  scored.score = Object.values(scored.clues).reduce((a, b) => a + b, 0);
  return scored;
}
