/**
 * The message catalogs in `_locales/`: every locale has the same keys and placeholders, every
 * message names only placeholders it declares, every key the code asks for exists, and every key
 * exists for a reason (something uses it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGS,
  catalogMessages,
  formatEntry,
  LOCALES,
  matchLocale,
  plural,
} from '../../../src/shared/i18n';
import { source } from './source';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogs = CATALOGS as unknown as Record<string, Record<string, Entry>>;
const en = catalogs.en!;

/** Every .ts/.tsx file under src, as one string per file. */
function sources(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [source(path)] : [];
  });
}

describe('locales', () => {
  it('names each message once per catalog (JSON.parse would keep the last of two silently)', () => {
    for (const locale of LOCALES) {
      const text = readFileSync(`_locales/${locale}/messages.json`, 'utf8');
      // Top-level keys sit at two spaces of indentation in these files.
      const keys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
      expect(keys.length).toBeGreaterThan(100);
      expect(keys.filter((key, i) => keys.indexOf(key) !== i), locale).toEqual([]);
    }
  });

  it('ships the folders the catalogs are read from, with English the default', () => {
    expect(readdirSync('_locales').sort()).toEqual([...LOCALES].sort());
    const manifest = JSON.parse(source('manifest.json')) as { default_locale: string };
    expect(manifest.default_locale).toBe('en');
    for (const locale of LOCALES) {
      const onDisk = JSON.parse(readFileSync(`_locales/${locale}/messages.json`, 'utf8'));
      expect(onDisk).toEqual(catalogs[locale]);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogs[locale]!).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)('%s: keys are names Chrome accepts and no message is empty', (locale) => {
    for (const [key, entry] of Object.entries(catalogs[locale]!)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it.each(LOCALES)('%s: placeholders match English and every one is declared and used', (locale) => {
    for (const [key, entry] of Object.entries(catalogs[locale]!)) {
      expect(entry.placeholders ?? {}, key).toEqual(en[key]!.placeholders ?? {});
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {});
      expect(new Set(used), key).toEqual(new Set(declared));
    }
  });
});

describe('keys in the code', () => {
  const code = sources().join('\n');
  // Call sites: t('key'), m.t('key'), messageHtml(m, 'key'), plural(m, 'base', n).
  const called = [
    ...code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g),
    ...code.matchAll(/messageHtml\(\s*\w+,\s*'([A-Za-z0-9_]+)'/g),
  ].map((m) => m[1]!);
  const pluralBases = [...code.matchAll(/plural\(\s*[\w.]+,\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);

  it('finds the call sites it checks', () => {
    expect(called.length).toBeGreaterThan(100);
    expect(pluralBases).toContain('stepCount');
  });

  it('asks only for keys that exist', () => {
    for (const key of called) expect(en, key).toHaveProperty(key);
    for (const base of pluralBases) {
      expect(en).toHaveProperty(`${base}_one`);
      expect(en).toHaveProperty(`${base}_other`);
    }
  });

  it('uses every key (as a quoted name, a plural base or a __MSG_ in the manifest)', () => {
    const manifest = source('manifest.json');
    const unused = Object.keys(en).filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      return (
        !code.includes(`'${key}'`) &&
        !code.includes(`'${base}'`) &&
        // Read straight from a catalog entry, as the language picker reads each language's name.
        !code.includes(`.${key}.message`) &&
        !manifest.includes(`__MSG_${key}__`)
      );
    });
    expect(unused).toEqual([]);
  });
});

describe('formatting', () => {
  it('substitutes placeholders once, so a "$1" inside a value stays literal', () => {
    const entry = {
      message: 'Type $VALUE$ into $FIELD$ ($$)',
      placeholders: { value: { content: '$1' }, field: { content: '$2' } },
    };
    expect(formatEntry(entry, ['"$2"', 'Name'])).toBe('Type "$2" into Name ($)');
  });

  it('reads German from its catalog, counts with the right plural form, falls back to English', () => {
    const de = catalogMessages('de');
    expect(de.t('popupStart')).toBe('Aufzeichnung starten');
    expect(plural(de, 'stepCount', 1)).toBe('1 Schritt');
    expect(plural(de, 'stepCount', 3)).toBe('3 Schritte');
    expect(plural(catalogMessages('en'), 'stepCount', 0)).toBe('0 steps');
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('de_DE')).toBe('de');
    expect(matchLocale('fr')).toBe('en');
    expect(matchLocale(undefined)).toBe('en');
  });
});
