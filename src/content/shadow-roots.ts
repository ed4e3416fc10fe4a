/**
 * Open shadow roots of a document, where secret fields and frames can hide from querySelectorAll.
 * Finding them means walking every element (each needs a wrapper in this isolated world: ~10 ms
 * at 10,000 elements), so the list is reused until elements are added to the document
 * (dom-version.ts, which also watches every root found); changed text, attributes or scrolling
 * cannot bring a root, and a removed one is dropped from the list by its host leaving. A component can attach a shadow root to an element already in
 * the page without any mutation the observer reports (a custom element upgraded late), so custom
 * elements without a root yet are re-checked at every look (a property read each). A script that
 * attaches a root to a plain element and fills it without touching the rest of the page is not
 * seen until the next change (SECURITY.md, known limits).
 */
import { elementsVersion, markElementsAdded, watchShadowRoot } from './dom-version';

/** Custom elements looked at without a shadow root: their upgrade may attach one later. */
const MAX_WAITING_HOSTS = 2000;

const walks = new WeakMap<Document, { version: number; roots: ShadowRoot[]; hosts: Element[] }>();

export function openShadowRoots(doc: Document): ShadowRoot[] {
  const version = elementsVersion(doc);
  const last = walks.get(doc);
  if (last && last.version === version && !last.hosts.some((h) => h.shadowRoot))
    return last.roots.some((root) => !root.host.isConnected)
      ? last.roots.filter((root) => root.host.isConnected)
      : last.roots;
  const roots: ShadowRoot[] = [];
  const hosts: Element[] = [];
  const visit = (root: Document | ShadowRoot) => {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        roots.push(shadow);
        visit(shadow);
      } else if ((node as Element).localName.includes('-') && hosts.length < MAX_WAITING_HOSTS) {
        hosts.push(node as Element);
      }
    }
  };
  visit(doc);
  for (const root of roots) watchShadowRoot(doc, root);
  // A root no mutation announced is new elements for every cache of this document (secret
  // fields, frames), as if they had been added.
  if (last && roots.some((root) => !last.roots.includes(root))) markElementsAdded(doc);
  walks.set(doc, { version: elementsVersion(doc), roots, hosts });
  return roots;
}
