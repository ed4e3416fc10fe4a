/**
 * The message catalogs in `_locales/` (Chrome's messages.json format), bundled so that pure code
 * (exports, step sentences) can be written in a language other than the browser's and so that
 * unit tests read the same words the extension shows. Pure: no browser APIs here.
 */
import de from '../../../_locales/de/messages.json';
import en from '../../../_locales/en/messages.json';

interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

/** Every locale Handoff ships; English is the manifest's `default_locale`. */
export const CATALOGS = { en, de } as const satisfies Record<string, Catalog>;
export type Locale = keyof typeof CATALOGS;
export const LOCALES = Object.keys(CATALOGS) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

export type MessageKey = keyof typeof en;
export type Substitution = string | number;

/** Words in one language. `t` never returns an empty string for a key that exists. */
export interface Messages {
  readonly locale: Locale;
  t(key: MessageKey, ...substitutions: Substitution[]): string;
}

/**
 * Chrome's substitution rules (developer.chrome.com/docs/extensions/reference/api/i18n):
 * `$NAME$` names a placeholder whose content refers to `$1`…`$9`; `$$` is a dollar sign. The
 * template is scanned once, so a `$1` inside a substituted value (a typed "$1") stays literal.
 */
export function formatEntry(entry: CatalogEntry, substitutions: readonly Substitution[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, what: string) =>
    what === '$' ? '$' : String(substitutions[Number(what) - 1] ?? ''),
  );
}

/** The best shipped locale for a BCP 47 tag or a Chrome locale (`de-AT`, `en_US`), else English. */
export function matchLocale(tag: string | undefined): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as string[]).includes(language) ? (language as Locale) : DEFAULT_LOCALE;
}

const cache = new Map<Locale, Messages>();

/** Messages read straight from a bundled catalog; a key missing there falls back to English. */
export function catalogMessages(locale: Locale): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    const catalog: Catalog = CATALOGS[locale];
    const fallback: Catalog = CATALOGS[DEFAULT_LOCALE];
    messages = {
      locale,
      t: (key, ...subs) => {
        const entry = catalog[key] ?? fallback[key];
        return entry ? formatEntry(entry, subs) : key;
      },
    };
    cache.set(locale, messages);
  }
  return messages;
}

/** English from the bundled catalog: the default for pure code that is given no messages. */
export const english: Messages = catalogMessages(DEFAULT_LOCALE);

/** Keys that come in plural forms, `<base>_one` and `<base>_other` (CLDR categories). */
type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_other` ? (`${B}_one` extends MessageKey ? B : never) : never;
}[MessageKey];

/** A counted phrase (`1 step`, `2 steps`) in the plural form the language uses for `n`. */
export function plural(m: Messages, base: PluralBase, n: number): string {
  const category = new Intl.PluralRules(m.locale).select(n);
  const key = (category === 'one' ? `${base}_one` : `${base}_other`) as MessageKey;
  return m.t(key, n);
}
