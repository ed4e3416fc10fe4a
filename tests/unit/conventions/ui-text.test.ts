/**
 * No UI component holds a hard-coded English sentence: the popup, editor, library, welcome page,
 * shared UI parts, step sentences and the export renderers get every word from `_locales/`.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { source } from './source';
import { hardCodedText } from './ui-text';

const UI_DIRS = [
  'src/popup',
  'src/editor',
  'src/library',
  'src/welcome',
  'src/shared/ui',
  'src/shared/export',
  // The guide's panel on the page.
  'src/content/guide',
];
const UI_FILES = ['src/shared/text.ts', 'src/shared/duration.ts'];
/** Export modules that carry no words: CSS, the JSON format, bytes. */
const TECHNICAL = new Set([
  'src/shared/export/html-style.ts',
  'src/shared/export/format.ts',
  'src/shared/export/zip-write.ts',
  'src/shared/export/sha256.ts',
  'src/shared/export/base64.ts',
  'src/shared/export/escape.ts',
  'src/shared/export/image-info.ts',
  'src/shared/export/file-name.ts',
]);
/**
 * Strings that read like words but are not for people: each with its reason.
 * Keyed by file, the exact literal text.
 */
const ALLOWED: Record<string, string[]> = {
  // A programming error (a component rendered outside its provider), never shown to a person.
  'src/editor/components/context.ts': ['The editor store is missing.'],
  // The Content-Security-Policy of the exported file.
  'src/shared/export/html.ts': [
    "default-src 'none'; img-src data:; style-src",
    "; base-uri 'none'; form-action 'none'",
  ],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the hard-coded text finder', () => {
  it('finds JSX text, human-facing attributes and sentences in literals', () => {
    const code = `
      const a = <button type="button" class="primary big" aria-label="Close the panel">Save now</button>;
      const b = <p title={busy ? 'Working' : t('idle')}>{t('popupStart')}</p>;
      throw new Error('This procedure no longer exists.');
      const html = \`<p class="meta">Follow the steps in order</p>\`;
      const fine = ['row library-head', 'page.recording.status', '<section aria-labelledby="x">'];
      console.warn('Handoff: something went wrong', error);
    `;
    expect(hardCodedText('sample.tsx', code).map((f) => f.text)).toEqual([
      'Close the panel',
      'Save now',
      'Working',
      'This procedure no longer exists.',
      '<p class="meta">Follow the steps in order</p>',
    ]);
  });
});

describe('UI code', () => {
  const paths = [...UI_DIRS.flatMap((dir) => files(dir)), ...UI_FILES].filter((p) => !TECHNICAL.has(p));

  it('covers every UI folder', () => {
    for (const dir of UI_DIRS)
      expect(
        paths.some((p) => p.startsWith(`${dir}/`)),
        dir,
      ).toBe(true);
  });

  it.each(paths)('%s holds no hard-coded sentence', (path) => {
    const allowed = new Set(ALLOWED[path] ?? []);
    const found = hardCodedText(path, source(path))
      .filter((f) => !allowed.has(f.text))
      .map((f) => `${path}:${f.line}: ${f.text}`);
    expect(found).toEqual([]);
  });
});
