/**
 * The person's choices about personal data, kept in storage.local under one key: which kinds are
 * covered, their own patterns and the elements they picked. Read by the background for every
 * screenshot and step (a change applies from the next one), written by the library's settings
 * and by "Cover an element…". A stored value that does not parse counts as the defaults.
 */
import browser from 'webextension-polyfill';
import { DETECTED_KINDS, type DetectedKind } from './index';
import { MAX_PATTERN_LENGTH, MAX_PATTERNS } from './patterns';
import { MAX_PICKED_RULES, type PickedRule, validRule } from './picked';

export const PERSONAL_DATA_KEY = 'personalData';
/** storage.session: how many boxes the latest recorded screenshot had filled (for the popup). */
export const LAST_COVERED_KEY = 'personalDataLastCovered';

export interface PersonalDataSettings {
  kinds: Record<DetectedKind, boolean>;
  /** Regular expressions as the person typed them (checked by compilePattern before saving). */
  patterns: string[];
  picked: PickedRule[];
}

/**
 * Cards, IBANs and national ids: someone else's money or identity, never needed to follow a
 * procedure. Emails and phones: a CRM or inbox shows customers' ones on every screenshot.
 * IP addresses: visitor logs and sign-in histories show customers' ones (personal data under
 * the GDPR). MAC addresses off: they name devices on the person's own network, the very values
 * a router procedure is about, and seldom anyone else's.
 */
export const DEFAULT_KINDS: Readonly<Record<DetectedKind, boolean>> = {
  card: true,
  iban: true,
  'national-id': true,
  email: true,
  phone: true,
  ip: true,
  mac: false,
};

export function defaultSettings(): PersonalDataSettings {
  return { kinds: { ...DEFAULT_KINDS }, patterns: [], picked: [] };
}

/** Whatever was stored, as settings: unknown fields dropped, missing ones defaulted. */
export function parseSettings(stored: unknown): PersonalDataSettings {
  const settings = defaultSettings();
  if (typeof stored !== 'object' || stored === null) return settings;
  const { kinds, patterns, picked } = stored as Record<string, unknown>;
  if (typeof kinds === 'object' && kinds !== null) {
    for (const kind of DETECTED_KINDS) {
      const on = (kinds as Record<string, unknown>)[kind];
      if (typeof on === 'boolean') settings.kinds[kind] = on;
    }
  }
  if (Array.isArray(patterns)) {
    settings.patterns = patterns
      .filter((p): p is string => typeof p === 'string' && p.length <= MAX_PATTERN_LENGTH)
      .slice(0, MAX_PATTERNS);
  }
  if (Array.isArray(picked)) settings.picked = picked.filter(validRule).slice(-MAX_PICKED_RULES);
  return settings;
}

export function enabledKinds(settings: PersonalDataSettings): Set<DetectedKind> {
  return new Set(DETECTED_KINDS.filter((kind) => settings.kinds[kind]));
}

export async function readSettings(): Promise<PersonalDataSettings> {
  const stored = await browser.storage.local.get(PERSONAL_DATA_KEY);
  return parseSettings(stored[PERSONAL_DATA_KEY]);
}

export async function writeSettings(settings: PersonalDataSettings): Promise<void> {
  await browser.storage.local.set({ [PERSONAL_DATA_KEY]: settings });
}

/** Reads, changes and writes back; returns what was written. */
export async function updateSettings(
  change: (settings: PersonalDataSettings) => PersonalDataSettings,
): Promise<PersonalDataSettings> {
  const next = change(await readSettings());
  await writeSettings(next);
  return next;
}
