/**
 * Personal data shown on the page right now (text, field values, picked elements), as boxes in
 * this frame's viewport CSS px with their kinds, for the background to fill before a screenshot is
 * stored. Looks into open shadow roots and same-origin frames, as secret-rects.ts does.
 *
 * Cheap on the page: the text is read once per document, then only what changed is read again
 * (text-hits.ts keeps a MutationObserver that notes changed nodes and nothing more); at each
 * screenshot only the matches near the screen (near-viewport.ts) are measured, and only the
 * values of fields near it read. A match is measured with Range.getClientRects, so a match
 * is covered exactly (not its whole cell or paragraph: the rest of a row stays readable) and
 * wrapped over two lines gets two boxes. A field's value cannot be measured inside the field,
 * so the field's box is covered, as a secret field's is.
 */
import { type DetectedKind, findPersonalData, type PersonalDataKind } from '../shared/personal-data';
import { type RunningPattern, runningPatterns } from '../shared/personal-data/patterns';
import { selectorsFor } from '../shared/personal-data/picked';
import type { CoveredBox, PersonalRules } from '../shared/protocol';
import { embeddedFrames, innerDocument } from './embedded-frames';
import { type Detect, type TextHits, textHits } from './text-hits';

/** Anti-aliased glyph edges and a field's focus ring stay inside the fill. */
const MARGIN = 2;
/** More boxes than a screen can show legibly: past this the scan stops measuring. */
const MAX_BOXES = 5000;
/** Field values this long are not names or numbers but documents; their first part is read. */
const MAX_VALUE = 10_000;

interface Compiled {
  key: string;
  detect: Detect;
  patterns: RunningPattern[];
}

let compiled: Compiled | undefined;

/** The rules as a detector, compiled once per set of rules (patterns get a fresh time budget). */
function detectorFor(rules: PersonalRules): Compiled {
  const key = JSON.stringify([rules.kinds, rules.patterns]);
  if (compiled?.key === key) return compiled;
  const kinds = new Set<DetectedKind>(rules.kinds);
  const patterns = runningPatterns(rules.patterns);
  compiled = { key, detect: (text) => findPersonalData(text, kinds, patterns), patterns };
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

function shownValue(field: Field): string {
  if (field instanceof HTMLSelectElement) return field.selectedOptions[0]?.text ?? '';
  // A checkbox's or a button's value is not text the page shows.
  if (field instanceof HTMLInputElement && VALUELESS_TYPES.has(field.type)) return '';
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

function coverText(found: TextHits, doc: Document, boxes: Boxes): void {
  const range = doc.createRange();
  for (const node of found.mayShowNodes()) {
    const hits = found.hits.get(node);
    if (!hits || !node.isConnected) continue;
    for (const hit of hits) {
      if (boxes.full || hit.end > node.length) break;
      range.setStart(node, hit.start);
      range.setEnd(node, hit.end);
      for (const r of range.getClientRects()) boxes.add(r, hit.kind);
    }
  }
}

/** A field's value found or not, by value: the same values come back at every screenshot. */
const valueKinds = new Map<string, PersonalDataKind | null>();
const MAX_REMEMBERED_VALUES = 2000;

function valueKind(detect: Compiled, value: string): PersonalDataKind | null {
  const key = `${detect.key}\u0000${value}`;
  let kind = valueKinds.get(key);
  if (kind === undefined) {
    kind = detect.detect(value)[0]?.kind ?? null;
    if (valueKinds.size >= MAX_REMEMBERED_VALUES) valueKinds.clear();
    valueKinds.set(key, kind);
  }
  return kind;
}

function coverFields(found: TextHits, detect: Compiled, boxes: Boxes): void {
  for (const field of found.fieldsNearScreen() as ReadonlySet<Field>) {
    if (boxes.full) return;
    const value = shownValue(field);
    if (value.length < 6) continue;
    // Measured only when the value holds something: a form of 1,000 fields costs reads, not layout.
    const kind = valueKind(detect, value);
    if (kind) boxes.add(field.getBoundingClientRect(), kind);
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
  // Each screenshot's scan gives the person's patterns their time budget afresh (patterns.ts).
  for (const pattern of detect.patterns) pattern.spentMs = 0;
  if (rules.kinds.length > 0 || rules.patterns.length > 0) {
    const found = textHits(doc, detect.key, detect.detect);
    coverText(found, doc, boxes);
    coverFields(found, detect, boxes);
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
