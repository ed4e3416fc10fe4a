/**
 * The branding set once in the library's settings, kept in `storage.local` under one key.
 * storage.local rather than IndexedDB: it is one small record (a logo of at most 1 MB, as base64,
 * and a line or two of text) read whole at each export, with no query or index to need; it needs
 * no database migration, and `unlimitedStorage` lifts its quota. What is read back is checked
 * again (schema, then the logo's bytes), so a damaged value reads as "no branding".
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { base64ToBytes, bytesToBase64 } from '../export/base64';
import { IMAGE_TYPES } from '../export/image-info';
import { checkLogo, LOGO_MAX_BYTES, type Logo } from './logo';

export type { Logo } from './logo';

export const BRANDING_KEY = 'handoff.branding';
/** Longest footer: a few lines of company, contact and version. */
export const FOOTER_MAX = 1000;

export interface Branding {
  logo?: Logo;
  /** Free text; `{date}` is replaced by the day of the export. */
  footer: string;
}

const StoredSchema = v.object({
  logo: v.optional(
    v.object({
      base64: v.pipe(v.string(), v.maxLength(Math.ceil(LOGO_MAX_BYTES / 3) * 4)),
      type: v.picklist(IMAGE_TYPES),
    }),
  ),
  footer: v.pipe(v.string(), v.maxLength(FOOTER_MAX)),
});

/** Nothing to add: no logo and no footer words. */
export function isEmpty(branding: Branding | undefined): boolean {
  return !branding || (!branding.logo && !branding.footer.trim());
}

/** A stored value as branding; undefined when absent or not what this code wrote. */
export function parseStored(stored: unknown): Branding | undefined {
  const parsed = v.safeParse(StoredSchema, stored);
  if (!parsed.success) return undefined;
  const { logo, footer } = parsed.output;
  if (!logo) return { footer };
  const bytes = base64ToBytes(logo.base64);
  if (!bytes) return { footer };
  try {
    const info = checkLogo(bytes);
    return info.type === logo.type ? { footer, logo: { bytes, ...info } } : { footer };
  } catch {
    return { footer };
  }
}

export function toStored(branding: Branding): v.InferOutput<typeof StoredSchema> {
  return {
    footer: branding.footer.slice(0, FOOTER_MAX),
    ...(branding.logo
      ? { logo: { base64: bytesToBase64(branding.logo.bytes), type: branding.logo.type } }
      : {}),
  };
}

export async function loadBranding(): Promise<Branding | undefined> {
  const stored = await browser.storage.local.get(BRANDING_KEY);
  return parseStored(stored[BRANDING_KEY]);
}

export async function saveBranding(branding: Branding): Promise<void> {
  await browser.storage.local.set({ [BRANDING_KEY]: toStored(branding) });
}
