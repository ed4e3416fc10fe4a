/**
 * The branding an export carries: the stored logo as it is, and the footer with `{date}` filled
 * in with the day of the export, in the file's language. Pure: the caller passes the moment.
 */
import type { Locale } from '../i18n/catalog';
import type { Logo } from './logo';

/** What renderers receive (ExportExtras.branding): nothing left to fill in. */
export interface ExportBranding {
  logo?: Logo;
  /** The footer as printed; may span lines; empty for none. */
  footer: string;
}

export const DATE_TOKEN = '{date}';

/** "November 26, 2026" / "26. November 2026": the day in the file's language. */
export function exportDay(now: Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(now);
}

export function brandingForExport(
  branding: { logo?: Logo; footer: string },
  now: Date,
  locale: Locale,
  timeZone?: string,
): ExportBranding {
  const footer = branding.footer
    .trim()
    .split(DATE_TOKEN)
    .join(exportDay(now, locale, timeZone));
  return { ...(branding.logo ? { logo: branding.logo } : {}), footer };
}
