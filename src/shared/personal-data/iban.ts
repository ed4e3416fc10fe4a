/**
 * IBANs (ISO 13616): two letters, two check digits, then up to 30 letters and digits, printed
 * whole or in groups of four; kept only when the mod-97 check gives 1, so a word followed by
 * digits is not one.
 */
import { type Match, scan } from './match';

const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/g;

/** The ISO 7064 mod-97-10 check of an IBAN without spaces. */
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const char of moved) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

export function findIbans(text: string): Match[] {
  return scan(text, IBAN, 'iban', (found) => ibanValid(found[0]));
}
