/**
 * Rectangles of secret fields visible right now, in top-level viewport CSS px, so the background
 * can cover their pixels before a screenshot is stored. Looks into open shadow roots and
 * same-origin iframes; the cross-origin ones report for themselves when they record.
 */
import type { Rect } from '../shared/model';
import { cachedByVersion } from './dom-version';
import { embeddedFrames, innerDocument } from './embedded-frames';
import { isSecretByMarkup, rememberedSecrets, SECRET_CANDIDATES, secretKind } from './sensitive';
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
 * Finds and remembers (sensitive.ts) every secret field of a document and its open shadow roots:
 * by markup, by words, or by the value it holds now. Reading every field costs a page of 10,000
 * elements milliseconds, so it runs again only after the document changed; between those scans,
 * a value typed or autofilled (input and change events) is checked as it arrives (events.ts).
 */
const scanForSecrets = cachedByVersion((doc: Document): true => {
  for (const scope of [doc, ...openShadowRoots(doc)]) {
    for (const element of scope.querySelectorAll(SECRET_CANDIDATES)) {
      // secretKind remembers it: a later type change (a "Show" toggle) does not uncover it.
      if (isSecretByMarkup(element)) secretKind(element);
    }
    for (const field of scope.querySelectorAll('input, textarea')) secretKind(field);
  }
  return true;
});

function collect(doc: Document, offset: { x: number; y: number }, out: Rect[], depth: number): void {
  const win = doc.defaultView;
  if (!win) return;
  // First: a shadow root that appeared without a mutation invalidates the last scan.
  openShadowRoots(doc);
  scanForSecrets(doc);
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
