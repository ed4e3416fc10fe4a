/**
 * The catalog keys that name each kind, written out so the catalogs' usage check sees every key
 * (no keys built from strings). Used by the settings page and the popup.
 */
import type { MessageKey } from '../i18n/catalog';
import type { DetectedKind } from './match';

/** The order the person reads the kinds in (the settings, the popup): the most common first. */
export const KIND_ORDER: readonly DetectedKind[] = [
  'email',
  'phone',
  'card',
  'iban',
  'national-id',
  'ip',
  'mac',
];

/** The settings' checkbox labels. */
export const KIND_LABEL = {
  email: 'personalKind_email',
  phone: 'personalKind_phone',
  card: 'personalKind_card',
  iban: 'personalKind_iban',
  'national-id': 'personalKind_national_id',
  ip: 'personalKind_ip',
  mac: 'personalKind_mac',
} as const satisfies Record<DetectedKind, MessageKey>;

/** Short plural nouns for a sentence listing the kinds covered (the popup). */
export const KIND_SHORT = {
  email: 'personalShort_email',
  phone: 'personalShort_phone',
  card: 'personalShort_card',
  iban: 'personalShort_iban',
  'national-id': 'personalShort_national_id',
  ip: 'personalShort_ip',
  mac: 'personalShort_mac',
} as const satisfies Record<DetectedKind, MessageKey>;

/** Why a pattern was refused, in words; `PatternProblem` values are keys already. */
export const TOO_MANY_PATTERNS: MessageKey = 'personalPatternTooMany';
