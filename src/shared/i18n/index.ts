/**
 * The one way UI code gets its words. `ui` reads the browser's choice of language through
 * `browser.i18n.getMessage` (so the manifest's `__MSG_…__` and the pages agree); where that API is
 * absent (unit tests under happy-dom) it reads the bundled English catalog. Exports and other pure
 * code take a `Messages` argument instead, so a file can be written in a language the person picks.
 */
import browser from 'webextension-polyfill';
import { catalogMessages, english, LOCALES, type Locale, type Messages, matchLocale } from './catalog';

export * from './catalog';

/**
 * The catalog the browser reads the extension's words from. Asked of the catalog itself: Chromium
 * on Linux picks messages by the LANGUAGE list while getUILanguage() and '@@ui_locale' still say
 * en-US (Chromium 156, checked), so those can disagree with the words shown.
 */
function browserLocale(): Locale | undefined {
  try {
    const code = browser.i18n.getMessage('catalogLocale');
    if ((LOCALES as string[]).includes(code)) return code as Locale;
    return matchLocale(browser.i18n.getUILanguage());
  } catch {
    return undefined;
  }
}

function makeUi(): Messages {
  const locale = browserLocale();
  if (locale === undefined) return english;
  const fallback = catalogMessages(locale);
  return {
    locale,
    t: (key, ...subs) => {
      const text = browser.i18n.getMessage(
        key,
        subs.map((s) => String(s)),
      );
      // An empty answer means the browser lacks the key (a catalog newer than the loaded build).
      return text || fallback.t(key, ...subs);
    },
  };
}

/** The browser's language, for everything the extension's pages show. */
export const ui: Messages = makeUi();

/** Shorthand for `ui.t`. */
export const t: Messages['t'] = (key, ...subs) => ui.t(key, ...subs);
