/**
 * Personal data in a text: every detector family, run for the kinds that are on, with overlaps
 * resolved (the longer match wins, then the earlier family in DETECTORS). Pure and synchronous:
 * the recorder's page scan (content/personal-scan.ts) and the step-text guard (step-text.ts) use it.
 */
import { findCards } from './card';
import { findEmails } from './email';
import { findIbans } from './iban';
import type { DetectedKind, Detector, Match } from './match';
import { findNationalIds } from './national-id';
import { findIpAddresses, findMacAddresses } from './network';
import { findPatterns, type RunningPattern } from './patterns';
import { findPhones } from './phone';

export type { DetectedKind, Match, PersonalDataKind } from './match';

/** In order of trust when two claim the same characters: checksummed kinds first. */
export const DETECTORS: ReadonlyArray<readonly [DetectedKind, Detector]> = [
  ['card', findCards],
  ['iban', findIbans],
  ['national-id', findNationalIds],
  ['email', findEmails],
  ['mac', findMacAddresses],
  ['ip', findIpAddresses],
  ['phone', findPhones],
];

export const DETECTED_KINDS: readonly DetectedKind[] = DETECTORS.map(([kind]) => kind);

/** Characters that every detected kind needs: a text without any is skipped at once. */
const MAYBE = /[\d@:]/;

/** Keeps the longest of overlapping matches (the earliest found on a tie), in text order. */
export function withoutOverlaps(matches: readonly Match[]): Match[] {
  const ranked = matches
    .map((match, order) => ({ match, order }))
    .sort((a, b) => b.match.end - b.match.start - (a.match.end - a.match.start) || a.order - b.order);
  const kept: Match[] = [];
  for (const { match } of ranked) {
    if (!kept.some((k) => match.start < k.end && k.start < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Personal data in `text` of the kinds that are on, and of the person's own patterns. */
export function findPersonalData(
  text: string,
  kinds: ReadonlySet<DetectedKind>,
  patterns: readonly RunningPattern[] = [],
): Match[] {
  const found: Match[] = [];
  if (MAYBE.test(text)) {
    for (const [kind, detect] of DETECTORS) if (kinds.has(kind)) found.push(...detect(text));
  }
  if (patterns.length > 0) found.push(...findPatterns(text, patterns));
  return found.length > 1 ? withoutOverlaps(found) : found;
}
