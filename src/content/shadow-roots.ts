/** Open shadow roots of a document, where secret fields and frames can hide from querySelectorAll. */

/**
 * Open shadow roots, found by walking the tree. The walk is the costly part on a large page (each
 * node needs a wrapper in this isolated world: ~10 ms at 10,000 elements), and one click looks
 * twice within a few milliseconds (at the event, then for the screenshot), so a walk is reused for
 * SHADOW_REUSE_MS. Longer reuse missed components rendered just before the next step.
 */
const SHADOW_REUSE_MS = 100;
let lastWalk: { at: number; doc: Document; roots: ShadowRoot[] } | undefined;

export function openShadowRoots(doc: Document): ShadowRoot[] {
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
