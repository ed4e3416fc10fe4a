/**
 * National identity numbers: the US Social Security number, the UK National Insurance number and
 * the German tax id (Steuerliche Identifikationsnummer, the one with a check digit). Each is held
 * to its issuing rules (ranges never issued, letter prefixes never used, the check digit), so an
 * order or invoice number of the same length rarely passes.
 */
import { digitsOf, type Match, scan } from './match';

/** AAA-GG-SSSS with dashes or spaces: nine bare digits are too often something else. */
const SSN = /(?<![\w.,/-])(\d{3})([- ])(\d{2})\2(\d{4})(?!\w|[.,/-]\d)/g;

function ssnIssued(found: RegExpExecArray): boolean {
  const [, area = '', , group = '', serial = ''] = found;
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

/** Two prefix letters (D, F, I, Q, U, V never; O never second), six digits, a suffix A–D. */
const NINO =
  /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
const NINO_UNUSED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** Eleven digits, the first not 0, written whole or as 2-3-3-3. */
const TAX_ID = /(?<![\w.,/-])[1-9]\d(?: ?\d{3}){3}(?!\w|[.,/-]\d)/g;

/**
 * The German tax id's rules: in the first ten digits one digit appears twice or three times and
 * the others at most once; the eleventh is the ISO 7064 MOD 11,10 check digit.
 */
export function germanTaxIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const d of digits.slice(0, 10)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (const d of digits.slice(0, 10)) {
    let sum = (Number(d) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[10]);
}

export function findNationalIds(text: string): Match[] {
  return [
    ...scan(text, SSN, 'national-id', ssnIssued),
    ...scan(text, NINO, 'national-id', (found) => !NINO_UNUSED_PREFIXES.has(found[1] ?? '')),
    ...scan(text, TAX_ID, 'national-id', (found) => germanTaxIdValid(digitsOf(found[0]))),
  ];
}
