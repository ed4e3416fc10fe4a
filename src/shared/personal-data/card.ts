/**
 * Card numbers: 13 to 19 digits, in groups split by single spaces or dashes, that pass the Luhn
 * check every card number passes (one random digit string in ten does too, so the digit count
 * and the grouping narrow it further: an order number rarely has 13 or more digits).
 */
import { digitsOf, type Match, scan } from './match';

/** The Luhn check over 13–19 digits that every card number passes (also the card fields' test, content/secret-hints.ts). */
export function luhn(digits: string): boolean {
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

const CARD = /(?<![\w.,/-])\d(?:[ -]?\d){12,18}(?!\w|[.,/-]\d)/g;

/** Same number of digits between separators, or the 4-6-5 of American Express, or none. */
function cardGrouping(found: string): boolean {
  const groups = found.split(/[ -]/);
  if (groups.length === 1) return true;
  if (/[ ].*-|-.*[ ]/.test(found)) return false;
  return groups.slice(0, -1).every((g) => g.length === 4) || groups.map((g) => g.length).join() === '4,6,5';
}

export function findCards(text: string): Match[] {
  return scan(text, CARD, 'card', (found) => cardGrouping(found[0]) && luhn(digitsOf(found[0])));
}
