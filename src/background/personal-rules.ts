/**
 * The person's personal-data settings as the background uses them: the rules sent with every
 * layout request (content/personal-scan.ts) and the detector for step text (personal-text.ts).
 * Read from storage.local once and kept until the settings change (storage.onChanged), so a
 * change, or an element picked while recording, applies from the next screenshot; a restarted
 * worker reads them again. Also remembers, for the popup, how many boxes the last screenshot
 * had filled (storage.session: nothing from the page, only a count and a time).
 */
import browser from 'webextension-polyfill';
import { type DetectedKind, findPersonalData, type Match } from '../shared/personal-data';
import { runningPatterns } from '../shared/personal-data/patterns';
import {
  enabledKinds,
  LAST_COVERED_KEY,
  PERSONAL_DATA_KEY,
  type PersonalDataSettings,
  readSettings,
} from '../shared/personal-data/settings';
import type { PersonalRules } from '../shared/protocol';

let settings: Promise<PersonalDataSettings> | undefined;
let listening = false;

/**
 * The settings, read once. The change listener is added with the first read: it only drops the
 * copy in memory, and a worker that restarts has no copy to drop.
 */
export function currentSettings(): Promise<PersonalDataSettings> {
  if (!listening) {
    listening = true;
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && PERSONAL_DATA_KEY in changes) settings = undefined;
    });
  }
  settings ??= readSettings();
  return settings;
}

export async function personalRules(): Promise<PersonalRules> {
  const current = await currentSettings();
  return { kinds: [...enabledKinds(current)], patterns: current.patterns, picked: current.picked };
}

/** Finds personal data in a text under the current settings: for step text, never stored. */
export type TextDetector = (text: string) => Match[];

export async function textDetector(): Promise<TextDetector> {
  const current = await currentSettings();
  const kinds = new Set<DetectedKind>(enabledKinds(current));
  return (text) => findPersonalData(text, kinds, runningPatterns(current.patterns));
}

/** For the popup: how many boxes of personal data the latest recorded screenshot had filled. */
export async function noteCovered(count: number): Promise<void> {
  await browser.storage.session.set({ [LAST_COVERED_KEY]: { count, at: Date.now() } }).catch(() => undefined);
}
