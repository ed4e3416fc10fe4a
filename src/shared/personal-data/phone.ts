/**
 * Phone numbers, international (+CC or 00CC) and the common national formats (North American
 * (555) 123-4567 / 555-123-4567 / 555.123.4567; European trunk-prefixed 030 1234 5678, 0171/1234567,
 * 06 12 34 56 78). Deliberately narrow: digits in a date, a price, an order or invoice number, a
 * version or a time must not be covered, so every candidate is held to a shape, a digit count
 * and the words before it ("Invoice", "Order", "#" rule it out).
 */
import { digitsOf, type Match, scan, wordsBefore } from './match';

/** Not glued to letters, digits or the punctuation of amounts, versions, paths and ids. */
const BEFORE = '(?<![\\w.,/#+\\-])';
const AFTER = '(?![\\w/:\\-]|[.,]\\d)';

/**
 * +CC (or 00CC) then groups split by one space, dash, dot or slash, an area code possibly in
 * parentheses; or +CC and the number run together. Separators are required between groups so
 * that a long digit run is never split many ways (no backtracking blow-up).
 */
const INTERNATIONAL = new RegExp(
  `${BEFORE}(?:(?:\\+|00)[1-9]\\d{0,3}(?:[ .\\-/]?\\(0?\\d{1,4}\\))?(?:[ .\\-/]\\d{1,8}){1,6}|\\+[1-9]\\d{7,14})${AFTER}`,
  'g',
);

/** North American: area code and exchange never start with 0 or 1. */
const NANP = new RegExp(
  `${BEFORE}(?:\\([2-9]\\d{2}\\) ?[2-9]\\d{2}[ .\\-]|[2-9]\\d{2}([ .\\-])[2-9]\\d{2}\\1)\\d{4}${AFTER}`,
  'g',
);

/** A trunk prefix 0, area code, then groups split by spaces, one slash or dashes: 9–12 digits. */
const NATIONAL = new RegExp(`${BEFORE}\\(?0[1-9]\\d{0,4}\\)?(?:[ /\\-]\\d{1,8}){1,5}${AFTER}`, 'g');

/** Words after which a number is a document's number, not someone's phone. */
const DOCUMENT_WORDS =
  /(?:invoice|inv|order|ord|ref|reference|no|nr|number|id|iban|account|acct|sku|item|ticket|case|po|receipt|rechnung|bestellung|auftrag|kunden-?nr|art|tracking|serial|version|build|v)\.?\s*[:#]?\s*$/;
const PHONE_WORDS = /(?:tel|phone|mobile|mob|cell|fax|call|telefon|handy|tél|whatsapp)\.?\s*[:.]?\s*$/;

/** After a word that says phone, a looser shape: 7–15 digits, groups split by one separator. */
const LABELLED =
  /(?:tel|phone|mobile|mob|cell|fax|telefon|handy|whatsapp)\.?\s*[:.]?\s*(\+?\(?\d+\)?(?:[ ./-]\(?\d+\)?){0,14})(?![\w/:-]|[.,]\d)/dgi;

function labelled(text: string): Match[] {
  const out: Match[] = [];
  LABELLED.lastIndex = 0;
  for (let found = LABELLED.exec(text); found; found = LABELLED.exec(text)) {
    const span = found.indices?.[1];
    const count = digitsOf(found[1] ?? '').length;
    if (span && count >= 7 && count <= 15) out.push({ start: span[0], end: span[1], kind: 'phone' });
  }
  return out;
}

/** A date's day, month and year, with one separator kind: `08/16/2025`, `01-02-24`. */
const DATE_START = /^\d{1,4}([/.-])\d{1,2}\1\d{2,4}(?!\d)/;

/** The start of an IBAN printed in groups: country, check digits, groups of four. */
const IBAN_START = /\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4})* $/;

function accepted(text: string, found: RegExpExecArray, min: number, max: number): boolean {
  const count = digitsOf(found[0]).length;
  if (count < min || count > max) return false;
  const before = wordsBefore(text, found.index);
  if (PHONE_WORDS.test(before)) return true;
  // The digit groups of an account number that failed its IBAN check are not a phone either.
  if (IBAN_START.test(text.slice(Math.max(0, found.index - 40), found.index))) return false;
  return !DOCUMENT_WORDS.test(before);
}

export function findPhones(text: string): Match[] {
  if (!/\d/.test(text)) return [];
  return [
    ...labelled(text),
    ...scan(text, INTERNATIONAL, 'phone', (found) => accepted(text, found, 8, 15)),
    ...scan(text, NANP, 'phone', (found) => accepted(text, found, 10, 10)),
    ...scan(text, NATIONAL, 'phone', (found) => accepted(text, found, 9, 12) && !DATE_START.test(found[0])),
  ];
}
