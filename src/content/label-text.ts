/** Label text as a sentence quotes it: flattened, without required markers, never private. */
import { PRIVATE_ATTRIBUTE } from './sensitive';

/** Longest name taken from the page. */
export const MAX_NAME = 200;

/** Trailing colons, asterisks (required markers) and spaces are punctuation, not the label. */
export function cleanLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:：*＊]+$/u, '')
    .replace(/^[\s*＊]+/u, '')
    .trim();
}

/** Text of an element as written in the page, flattened; never from a private region. */
export function textOf(element: Element | null | undefined): string {
  if (!element || isPrivate(element)) return '';
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  return (element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME * 2);
}

export function isPrivate(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    if (node.closest(`[${PRIVATE_ATTRIBUTE}]`)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
