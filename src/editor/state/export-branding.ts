/**
 * Whether the next exports carry the library's branding (logo and footer). The person decides per
 * export with the "Include branding" box; it starts ticked, so branding set once is applied to new
 * exports. Kept for this page only: the choice is about the files about to be made.
 */
import { brandingForExport, type ExportBranding } from '../../shared/branding/apply';
import { isEmpty, loadBranding } from '../../shared/branding/settings';
import type { Locale } from '../../shared/i18n';

let include = true;

export function includeBranding(): boolean {
  return include;
}

export function setIncludeBranding(next: boolean): void {
  include = next;
}

/** What an export made now in `locale` carries; undefined when switched off or nothing is set. */
export async function brandingForFile(locale: Locale, now = new Date()): Promise<ExportBranding | undefined> {
  if (!include) return undefined;
  const branding = await loadBranding();
  return branding && !isEmpty(branding) ? brandingForExport(branding, now, locale) : undefined;
}
