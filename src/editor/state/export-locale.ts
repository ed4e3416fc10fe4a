/**
 * The language exports are written in: the person's last choice on this browser, else the
 * browser's language. Kept in the editor page's localStorage: a preference, not procedure data.
 */
import { LOCALES, type Locale, ui } from '../../shared/i18n';

const KEY = 'handoff.exportLocale';

export function savedExportLocale(): Locale {
  try {
    const saved = localStorage.getItem(KEY);
    return LOCALES.includes(saved as Locale) ? (saved as Locale) : ui.locale;
  } catch {
    return ui.locale;
  }
}

export function saveExportLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}
