/**
 * Is this field's value secret? Secrets are never sent to the background: not the value, not
 * its length, and their pixels are covered before the screenshot is stored.
 */
import type { SecretKind } from '../shared/model';

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

/** Luhn check over 13–19 digits: a card number typed into a field that does not say so. */
export function looksLikeCardNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Why an element's value must stay secret, or undefined when it may be recorded. */
export function secretKind(element: Element): SecretKind | undefined {
  if (composedClosest(element, `[${PRIVATE_ATTRIBUTE}]`)) return 'private';
  const autocomplete = (element.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'password') return 'password';
  if (autocomplete.some((t) => PASSWORD_TOKENS.has(t))) return 'password';
  if (autocomplete.includes('one-time-code')) return 'one-time-code';
  if (autocomplete.some((t) => t.startsWith('cc-'))) return 'card';
  const value = fieldValue(element);
  if (value !== undefined && looksLikeCardNumber(value)) return 'card';
  return undefined;
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
 * token and substring selectors took several. `isSecretByMarkup` then decides.
 */
export const SECRET_CANDIDATES = `input[type="password" i], [autocomplete], [${PRIVATE_ATTRIBUTE}]`;

/** Secret by its markup alone (password type, autocomplete token, private attribute). */
export function isSecretByMarkup(element: Element): boolean {
  if (element.hasAttribute(PRIVATE_ATTRIBUTE)) return true;
  if (element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'password') return true;
  const tokens = (element.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return tokens.some((t) => PASSWORD_TOKENS.has(t) || t === 'one-time-code' || t.startsWith('cc-'));
}
