/**
 * CSS selectors that find the recorded element again, built at the moment of a click without
 * searching the document: every check is an id lookup (an index in the browser) or a walk up the
 * element's own ancestors. A selector search that tests candidates with querySelectorAll (as
 * finder libraries do) cost a page of 10,000 elements about 5 ms per click; these cost microseconds.
 * A selector finds the element as querySelector does: the first match is the element.
 */

/** Attributes that sites set for test automation: telling and usually unique where present. */
const TEST_ATTRIBUTES = ['data-testid', 'data-test', 'data-qa'];

/** The element that owns `id` in the root's tree (a document or a shadow root). */
function byId(root: Element | ShadowRoot, id: string): Element | null {
  const scope = root instanceof ShadowRoot ? root : root.ownerDocument;
  return scope.getElementById(id);
}

/** `tag:nth-child(n)`: the element among its siblings, counted without a search. */
function childStep(node: Element): string {
  let index = 1;
  for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
  return `${node.localName}:nth-child(${index})`;
}

/** The position of an element from the root of its tree: no id, no attribute, no class. */
export function positionalSelector(element: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = element; node?.parentElement; node = node.parentElement) {
    parts.unshift(childStep(node));
  }
  return parts.join(' > ') || element.localName;
}

/**
 * `#id` when the element owns its id; else a test attribute when the first element carrying it is
 * this one; else the path from the nearest ancestor that owns its id (or the root).
 */
export function anchoredSelector(element: Element, root: Element | ShadowRoot): string {
  if (element.id && byId(root, element.id) === element) return `#${CSS.escape(element.id)}`;
  for (const attribute of TEST_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (!value || value.length > 200) continue;
    const selector = `${element.localName}[${attribute}="${CSS.escape(value)}"]`;
    // Only elements that carry a test attribute pay for this one query.
    if (root.querySelector(selector) === element) return selector;
  }
  const parts: string[] = [];
  // Up to the root: the document element, or the top of a shadow tree (no parent element there).
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (node !== element && node.id && byId(root, node.id) === node) {
      parts.unshift(`#${CSS.escape(node.id)}`);
      break;
    }
    parts.unshift(childStep(node));
  }
  return parts.join(' > ');
}
