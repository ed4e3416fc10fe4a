/**
 * Rectangles of secret fields visible right now, in top-level viewport CSS px, so the background
 * can cover their pixels before a screenshot is stored. Looks into open shadow roots and
 * same-origin iframes; the cross-origin ones report for themselves when they record.
 */
import type { Rect } from '../shared/model';
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

function collect(doc: Document, offset: { x: number; y: number }, out: Rect[], depth: number): void {
  const win = doc.defaultView;
  if (!win) return;
  const scopes: (Document | ShadowRoot)[] = [doc, ...openShadowRoots(doc)];
  const candidates = new Set<Element>();
  for (const scope of scopes) {
    for (const element of scope.querySelectorAll(SECRET_CANDIDATES)) {
      // secretKind remembers it: a later type change (a "Show" toggle) does not uncover it.
      if (isSecretByMarkup(element) && secretKind(element)) candidates.add(element);
    }
    // Secret by their words or value: hinted names, card numbers in plain fields, split card boxes.
    for (const field of scope.querySelectorAll('input, textarea')) {
      if (secretKind(field)) candidates.add(field);
    }
  }
  for (const element of rememberedSecrets()) if (element.ownerDocument === doc) candidates.add(element);
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
