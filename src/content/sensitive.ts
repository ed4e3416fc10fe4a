/**
 * Is this field's value secret? Secrets are never sent to the background: not the value, not
 * its length, and their pixels are covered before the screenshot is stored.
 *
 * Once secret, always secret: a password field that a "Show" toggle turns into `type=text`, a card
 * field whose value the page reformats, a field moved out of a private region, all stay secret for
 * as long as this document lives, because the recorder remembers every element it found secret.
 */
import type { SecretKind } from '../shared/model';
import { luhn } from '../shared/personal-data/card';
import { hintedKind, splitCardBoxes } from './secret-hints';

/** The attribute a site (or the person, via devtools) puts on anything whose contents are private. */
export const PRIVATE_ATTRIBUTE = 'data-handoff-private';

const PASSWORD_TOKENS = new Set(['current-password', 'new-password']);

/** `closest` that crosses shadow-root boundaries, so a private wrapper also covers shadow content. */
function composedClosest(element: Element, selector: string): Element | null {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The outermost-first nearest element marked private that holds `element`, if any. */
export function privateRegion(element: Element): Element | null {
  return composedClosest(element, `[${PRIVATE_ATTRIBUTE}]`);
}

/** Luhn check over 13–19 digits: a card number typed into a field that does not say so. */
export function looksLikeCardNumber(value: string): boolean {
  return luhn(value.replace(/[\s-]/g, ''));
}

/** Elements found secret in this document, with why. Never forgotten while the element lives. */
const remembered = new WeakMap<Element, SecretKind>();
/** The same elements, iterable, so later screenshots cover them whatever they have become. */
const rememberedList = new Set<Element>();

function remember(element: Element, kind: SecretKind): SecretKind {
  if (!remembered.has(element)) {
    remembered.set(element, kind);
    rememberedList.add(element);
  }
  return remembered.get(element)!;
}

/** Every element once found secret that is still in a document. */
export function rememberedSecrets(): Element[] {
  const alive: Element[] = [];
  for (const element of rememberedList) {
    if (element.isConnected) alive.push(element);
    // A removed element can come back (a re-rendered form); keep it remembered but do not walk it.
  }
  return alive;
}

/** Secret by its markup alone (password type, autocomplete token, private attribute). */
function markupKind(element: Element): SecretKind | undefined {
  if (privateRegion(element)) return 'private';
  if (element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'password') return 'password';
  const autocomplete = (element.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (autocomplete.some((t) => PASSWORD_TOKENS.has(t))) return 'password';
  if (autocomplete.includes('one-time-code')) return 'one-time-code';
  if (autocomplete.some((t) => t.startsWith('cc-'))) return 'card';
  return undefined;
}

/** Why an element's value must stay secret, or undefined when it may be recorded. */
export function secretKind(element: Element): SecretKind | undefined {
  const known = remembered.get(element);
  if (known) return known;
  const kind = markupKind(element) ?? hintedKind(element) ?? valueKind(element);
  if (kind) return remember(element, kind);
  // Every box of a card number split over several fields is secret, not only the one typed in.
  const boxes = splitCardBoxes(element);
  for (const box of boxes) remember(box, 'card');
  return boxes.length > 0 ? 'card' : undefined;
}

/**
 * Secret by what the field holds now: a card number, or a card number split over short boxes.
 * For fields already known not to be secret by markup or words; remembers what it finds.
 */
export function secretByValue(element: Element): SecretKind | undefined {
  const known = remembered.get(element);
  if (known) return known;
  if (valueKind(element)) return remember(element, 'card');
  const boxes = splitCardBoxes(element);
  for (const box of boxes) remember(box, 'card');
  return boxes.length > 0 ? 'card' : undefined;
}

function valueKind(element: Element): SecretKind | undefined {
  const value = fieldValue(element);
  return value !== undefined && looksLikeCardNumber(value) ? 'card' : undefined;
}

/** Realm-independent (the top frame also inspects same-origin iframes' elements). */
export function fieldValue(element: Element): string | undefined {
  if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA')
    return (element as HTMLInputElement).value;
  if ((element as HTMLElement).isContentEditable) return (element as HTMLElement).innerText;
  return undefined;
}

/**
 * Elements that may be secret by their markup. Deliberately broad and cheap: a page of 10,000
 * elements answers attribute-presence selectors in a fraction of a millisecond, where the precise
 * token and substring selectors took several. `secretKind` then decides.
 */
export const SECRET_CANDIDATES = `input[type="password" i], [autocomplete], [${PRIVATE_ATTRIBUTE}]`;

/** Secret by its markup alone; a private region counts as a whole. */
export function isSecretByMarkup(element: Element): boolean {
  return element.hasAttribute(PRIVATE_ATTRIBUTE) || markupKind(element) !== undefined;
}
