/** The guide's words, from the extension's catalogs in the browser's language. */
import browser from 'webextension-polyfill';

export function t(key: string, ...subs: Array<string | number>): string {
  return browser.i18n.getMessage(
    key,
    subs.map((s) => String(s)),
  );
}
