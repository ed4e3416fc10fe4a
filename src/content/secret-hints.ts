/**
 * Secret fields that carry no markup saying so: a `type=text` field named `confirm_pin`, a box
 * labelled "Security code", a card number typed into four boxes of four digits. Real sign-up,
 * payroll and checkout pages build fields like these; the recorder reads the words around a field
 * (its name, id, label, placeholder, aria-label) and fails closed when they mean a secret.
 */
import type { SecretKind } from '../shared/model';
import { luhn } from '../shared/personal-data/card';

const PASSWORD_WORDS =
  /\b(pass|passwords?|passwd|pwd|passcodes?|passphrase|pin|pin code|kennwort|passwort|mot de passe|contrase[ñn]a|senha|wachtwoord)\b/;
const CARD_WORDS =
  /\b(cvc2?|cvv2?|cvn|csc|cid|security code|card (verification|security) (code|number|value)|card (number|no|num)|cc (num|number|no|csc|cvc|cvv)|ccnum|cardnumber|credit card|card code)\b/;
const ONE_TIME_WORDS =
  /\b(one time (code|password|pin|passcode)|otp|totp|verification code|2fa|mfa|auth code|authentication code|sms code|security token)\b/;

/** "confirmPin", "confirm_pin", "card-number" → "confirm pin", "card number". */
export function words(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.:[\]()*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The kind of secret that words describe, most specific first. */
export function kindFromWords(text: string): SecretKind | undefined {
  const w = words(text);
  if (!w) return undefined;
  if (ONE_TIME_WORDS.test(w)) return 'one-time-code';
  if (CARD_WORDS.test(w)) return 'card';
  if (PASSWORD_WORDS.test(w)) return 'password';
  return undefined;
}

const TEXT_FIELD_TYPES = /^(text|search|tel|number|password|email|url|)$/;

function isTextField(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  if (element.tagName === 'TEXTAREA') return true;
  return element.tagName === 'INPUT' && TEXT_FIELD_TYPES.test((element as HTMLInputElement).type);
}

/** What a field is called, from its own attributes and labels: bounded, read once per field. */
function fieldWords(field: HTMLInputElement | HTMLTextAreaElement): string {
  const parts = [
    field.getAttribute('name'),
    field.id,
    field.getAttribute('placeholder'),
    field.getAttribute('aria-label'),
    field.getAttribute('title'),
  ];
  for (const label of Array.from(field.labels ?? []).slice(0, 3)) parts.push(label.textContent);
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = field.getRootNode() as Document | ShadowRoot;
    for (const id of labelledBy.split(/\s+/).slice(0, 3))
      parts.push(root.getElementById?.(id)?.textContent ?? null);
  }
  return parts
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.slice(0, 200))
    .join(' | ');
}

const hinted = new WeakMap<Element, SecretKind | null>();

/** Secret by the words that name the field. Cached: a field's name and labels rarely change. */
export function hintedKind(element: Element): SecretKind | undefined {
  if (!isTextField(element)) return undefined;
  let kind = hinted.get(element);
  if (kind === undefined) {
    kind =
      fieldWords(element)
        .split(' | ')
        .map(kindFromWords)
        .find((k) => k !== undefined) ?? null;
    hinted.set(element, kind);
  }
  return kind ?? undefined;
}

/** A box small enough to hold one group of a card number. */
function isShortBox(element: Element): element is HTMLInputElement {
  if (
    element.tagName !== 'INPUT' ||
    !/^(text|tel|number|password|)$/.test((element as HTMLInputElement).type)
  )
    return false;
  const max = (element as HTMLInputElement).maxLength;
  return max >= 1 && max <= 6;
}

/**
 * The boxes of a card number split across 3–6 short fields (maxlength ≤ 6) in one group, when the
 * group's words say card or the digits together pass the Luhn check; empty otherwise.
 */
export function splitCardBoxes(element: Element): HTMLInputElement[] {
  if (!isShortBox(element)) return [];
  for (
    let group = element.parentElement, depth = 0;
    group && depth < 2;
    group = group.parentElement, depth++
  ) {
    const boxes = Array.from(group.querySelectorAll('input')).filter(isShortBox);
    if (boxes.length < 3) continue;
    if (boxes.length > 6) return [];
    const legend = (group.getAttribute('aria-label') ?? '') + (group.textContent ?? '').slice(0, 300);
    const digits = boxes.map((b) => b.value.replace(/\D/g, '')).join('');
    const named = boxes.some((b) => hintedKind(b) === 'card') || kindFromWords(legend) === 'card';
    return named || luhn(digits) ? boxes : [];
  }
  return [];
}
