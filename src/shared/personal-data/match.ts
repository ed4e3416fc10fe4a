/**
 * What a detector reports: where in a text personal data sits (UTF-16 offsets, end exclusive)
 * and what kind it is. Detectors are pure functions of a string; none keeps the text it saw.
 */
import type { PERSONAL_DATA_KINDS } from '../schema/enums';

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** The kinds a detector finds on its own (the person's patterns and picks are configured). */
export type DetectedKind = Exclude<PersonalDataKind, 'pattern' | 'picked' | 'person'>;

export interface Match {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

export type Detector = (text: string) => Match[];

/** Every match of a global regular expression, each kept only when `accept` says so. */
export function scan(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  accept: (found: RegExpExecArray) => boolean = () => true,
): Match[] {
  const out: Match[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (found[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (accept(found)) out.push({ start: found.index, end: found.index + found[0].length, kind });
  }
  return out;
}

/** The digits of a string, in order. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** The few words before a match, lower-cased: context such as "Invoice" or "Tel". */
export function wordsBefore(text: string, index: number, chars = 24): string {
  return text.slice(Math.max(0, index - chars), index).toLowerCase();
}
