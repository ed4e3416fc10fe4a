/**
 * Rectangles of secret fields visible right now, in top-level viewport CSS px, so the background
 * can cover their pixels before a screenshot is stored. Looks into open shadow roots and
 * same-origin iframes; the cross-origin ones report for themselves when they record.
 */
import type { Rect } from '../shared/model';
import { embeddedFrames, innerDocument } from './embedded-frames';
import { cachedByVersion } from './dom-version';
import {
  isSecretByMarkup,
  rememberedSecrets,
  SECRET_CANDIDATES,
  secretByValue,
  secretKind,
} from './sensitive';
import { openShadowRoots } from './shadow-roots';

function visible(rect: DOMRect, width: number, height: number): boolean {
  return (
    rect.width > 0 &&
    rect.height > 0 &&
    rect.right > 0 &&
    rect.bottom > 0 &&
    rect.left < width &&
    rect.top < height
  );
}

/** A little margin so anti-aliased edges and focus rings of the field are covered too. */
const MARGIN = 2;

/**
 * Fields of a document (and its open shadow roots) that are not secret by their markup or words
 * but could become secret by their value (a card number typed into a plain field). Finding them,
 * and remembering those secret by markup or words on the way, is the costly part: it runs again
 * only after the document changed.
 */
const valueWatchList = cachedByVersion((doc: Document): Element[] => {
  const fields: Element[] = [];
  for (const scope of [doc, ...openShadowRoots(doc)]) {
    for (const element of scope.querySelectorAll(SECRET_CANDIDATES)) {
      // secretKind remembers it: a later type change (a "Show" toggle) does not uncover it.
      if (isSecretByMarkup(element)) secretKind(element);
    }
    for (const field of scope.querySelectorAll('input, textarea')) {
      if (!secretKind(field)) fields.push(field);
    }
  }
  return fields;
});

function collect(doc: Document, offset: { x: number; y: number }, out: Rect[], depth: number): void {
  const win = doc.defaultView;
  if (!win) return;
  // First: a shadow root that appeared without a mutation invalidates the cached list.
  openShadowRoots(doc);
  // Values change without any mutation: those are read every time, the rest comes from the cache.
  for (const field of valueWatchList(doc)) secretByValue(field);
  const candidates = rememberedSecrets().filter((element) => element.ownerDocument === doc);
  for (const element of candidates) {
    const r = element.getBoundingClientRect();
    if (!visible(r, win.innerWidth, win.innerHeight)) continue;
    out.push({
      x: r.left + offset.x - MARGIN,
      y: r.top + offset.y - MARGIN,
      width: r.width + 2 * MARGIN,
      height: r.height + 2 * MARGIN,
    });
  }
  if (depth > 4) return;
  for (const frame of embeddedFrames(doc)) {
    const inner = innerDocument(frame);
    if (!inner) continue;
    const r = frame.getBoundingClientRect();
    const style = win.getComputedStyle(frame);
    collect(
      inner,
      {
        x: offset.x + r.left + frame.clientLeft + Number.parseFloat(style.paddingLeft || '0'),
        y: offset.y + r.top + frame.clientTop + Number.parseFloat(style.paddingTop || '0'),
      },
      out,
      depth + 1,
    );
  }
}

export function secretRects(offset: { x: number; y: number } = { x: 0, y: 0 }): Rect[] {
  const out: Rect[] = [];
  collect(document, offset, out, 0);
  return out;
}
