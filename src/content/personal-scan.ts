/**
 * Personal data shown on the page right now (text, field values, picked elements), as boxes in
 * this frame's viewport CSS px with their kinds, for the background to fill before a screenshot is
 * stored. Looks into open shadow roots and same-origin frames, as secret-rects.ts does.
 *
 * Cheap on the page: the text is read once per document, then only what changed is read again
 * (text-hits.ts keeps a MutationObserver that notes changed nodes and nothing more); at each
 * screenshot only the matches already found are measured, with Range.getClientRects, so a match
 * is covered exactly (not its whole cell or paragraph: the rest of a row stays readable) and
 * wrapped over two lines gets two boxes. A field's value cannot be measured inside the field,
 * so the field's box is covered, as a secret field's is.
 */
import { type DetectedKind, findPersonalData, type PersonalDataKind } from '../shared/personal-data';
import { runningPatterns } from '../shared/personal-data/patterns';
import { selectorsFor } from '../shared/personal-data/picked';
import type { CoveredBox, PersonalRules } from '../shared/protocol';
import { cachedByVersion } from './dom-version';
import { embeddedFrames, innerDocument } from './embedded-frames';
import { openShadowRoots } from './shadow-roots';
import { type Detect, textHits } from './text-hits';

/** Anti-aliased glyph edges and a field's focus ring stay inside the fill. */
const MARGIN = 2;
/** More boxes than a screen can show legibly: past this the scan stops measuring. */
const MAX_BOXES = 5000;
/** Field values this long are not names or numbers but documents; their first part is read. */
const MAX_VALUE = 10_000;

interface Compiled {
  key: string;
  detect: Detect;
}

let compiled: Compiled | undefined;

/** The rules as a detector, compiled once per set of rules (patterns get a fresh time budget). */
function detectorFor(rules: PersonalRules): Compiled {
  const key = JSON.stringify([rules.kinds, rules.patterns]);
  if (compiled?.key === key) return compiled;
  const kinds = new Set<DetectedKind>(rules.kinds);
  const patterns = runningPatterns(rules.patterns);
  compiled = { key, detect: (text) => findPersonalData(text, kinds, patterns) };
  return compiled;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const VALUELESS_TYPES = new Set([
  'hidden',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'button',
  'submit',
  'reset',
  'image',
]);

/** Fields that show text, in the document and its open shadow roots; found again after a change. */
const fieldsOf = cachedByVersion((doc: Document): Field[] => {
  const out: Field[] = [];
  for (const scope of [doc, ...openShadowRoots(doc)]) {
    for (const field of scope.querySelectorAll<Field>('input, textarea, select')) {
      if (field instanceof HTMLInputElement && VALUELESS_TYPES.has(field.type)) continue;
      out.push(field);
    }
  }
  return out;
});

function shownValue(field: Field): string {
  if (field instanceof HTMLSelectElement) return field.selectedOptions[0]?.text ?? '';
  return field.value.length > MAX_VALUE ? field.value.slice(0, MAX_VALUE) : field.value;
}

interface Viewport {
  width: number;
  height: number;
}

function onScreen(r: DOMRect | DOMRectReadOnly, view: Viewport): boolean {
  return (
    r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < view.width && r.top < view.height
  );
}

class Boxes {
  readonly list: CoveredBox[] = [];
  constructor(
    readonly offset: { x: number; y: number },
    readonly view: Viewport,
  ) {}
  get full(): boolean {
    return this.list.length >= MAX_BOXES;
  }
  add(r: DOMRect | DOMRectReadOnly, kind: PersonalDataKind): void {
    if (this.full || !onScreen(r, this.view)) return;
    this.list.push({
      rect: {
        x: r.left + this.offset.x - MARGIN,
        y: r.top + this.offset.y - MARGIN,
        width: r.width + 2 * MARGIN,
        height: r.height + 2 * MARGIN,
      },
      kind,
    });
  }
}

function coverText(doc: Document, detect: Compiled, boxes: Boxes): void {
  const range = doc.createRange();
  for (const [node, hits] of textHits(doc, detect.key, detect.detect)) {
    if (!node.isConnected) continue;
    for (const hit of hits) {
      if (boxes.full || hit.end > node.length) break;
      range.setStart(node, hit.start);
      range.setEnd(node, hit.end);
      for (const r of range.getClientRects()) boxes.add(r, hit.kind);
    }
  }
}

function coverFields(doc: Document, detect: Compiled, boxes: Boxes): void {
  for (const field of fieldsOf(doc)) {
    if (boxes.full) return;
    const value = shownValue(field);
    if (value.length < 6) continue;
    const r = field.getBoundingClientRect();
    if (!onScreen(r, boxes.view)) continue;
    const [first] = detect.detect(value);
    if (first) boxes.add(r, first.kind);
  }
}

function coverPicked(doc: Document, rules: PersonalRules, boxes: Boxes): void {
  const selectors = selectorsFor(rules.picked, doc.URL.startsWith('http') ? doc.URL : location.href);
  for (const selector of selectors) {
    let elements: NodeListOf<Element>;
    try {
      elements = doc.querySelectorAll(selector);
    } catch {
      continue; // A selector the page's structure made invalid covers nothing; it is not an error.
    }
    for (const element of elements) boxes.add(element.getBoundingClientRect(), 'picked');
  }
}

function collect(doc: Document, rules: PersonalRules, boxes: Boxes, depth: number): void {
  const win = doc.defaultView;
  if (!win) return;
  const detect = detectorFor(rules);
  if (rules.kinds.length > 0 || rules.patterns.length > 0) {
    coverText(doc, detect, boxes);
    coverFields(doc, detect, boxes);
  }
  if (rules.picked.length > 0) coverPicked(doc, rules, boxes);
  if (depth > 4) return;
  for (const frame of embeddedFrames(doc)) {
    const inner = innerDocument(frame);
    if (!inner) continue;
    const r = frame.getBoundingClientRect();
    const style = win.getComputedStyle(frame);
    const x = r.left + frame.clientLeft + Number.parseFloat(style.paddingLeft || '0');
    const y = r.top + frame.clientTop + Number.parseFloat(style.paddingTop || '0');
    const innerBoxes = new Boxes({ x: boxes.offset.x + x, y: boxes.offset.y + y }, innerViewport(inner));
    collect(inner, rules, innerBoxes, depth + 1);
    boxes.list.push(...innerBoxes.list);
  }
}

function innerViewport(doc: Document): Viewport {
  return { width: doc.defaultView?.innerWidth ?? 0, height: doc.defaultView?.innerHeight ?? 0 };
}

/** Boxes of personal data visible now in this frame (and its same-origin frames), in its viewport px. */
export function personalBoxes(rules: PersonalRules): CoveredBox[] {
  const boxes = new Boxes({ x: 0, y: 0 }, innerViewport(document));
  collect(document, rules, boxes, 0);
  return boxes.list;
}
