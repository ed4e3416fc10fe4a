/**
 * Rectangles of secret fields visible right now, in top-level viewport CSS px, so the background
 * can cover their pixels before a screenshot is stored. Looks into open shadow roots and
 * same-origin iframes; the cross-origin ones report for themselves when they record.
 */
import type { Rect } from '../shared/model';
import { fieldValue, isSecretByMarkup, looksLikeCardNumber, SECRET_CANDIDATES } from './sensitive';

/**
 * Open shadow roots, found by walking the tree. The walk is the costly part on a large page (each
 * node needs a wrapper in this isolated world: ~10 ms at 10,000 elements), and one click looks
 * twice within a few milliseconds (at the event, then for the screenshot), so a walk is reused for
 * SHADOW_REUSE_MS. Longer reuse missed components rendered just before the next step.
 */
const SHADOW_REUSE_MS = 100;
let lastWalk: { at: number; doc: Document; roots: ShadowRoot[] } | undefined;

function openShadowRoots(doc: Document): ShadowRoot[] {
  const now = performance.now();
  if (lastWalk && lastWalk.doc === doc && now - lastWalk.at < SHADOW_REUSE_MS) return lastWalk.roots;
  const roots: ShadowRoot[] = [];
  const visit = (root: Document | ShadowRoot) => {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        roots.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(doc);
  lastWalk = { at: now, doc, roots };
  return roots;
}

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
  for (const scope of scopes) {
    const candidates = new Set<Element>();
    for (const element of scope.querySelectorAll(SECRET_CANDIDATES)) {
      if (isSecretByMarkup(element)) candidates.add(element);
    }
    // Card numbers typed into fields that do not say so are secret by their value.
    for (const field of scope.querySelectorAll('input, textarea')) {
      const value = fieldValue(field);
      if (value && looksLikeCardNumber(value)) candidates.add(field);
    }
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
  }
  if (depth > 4) return;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
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
