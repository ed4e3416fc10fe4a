/**
 * Convention check: no source file turns a string into markup or code. Recorded labels are page
 * data; they reach the DOM only as text (preact escapes it) and the export only through its
 * escaping renderer. The one parser allowed is DOMParser in the importer, whose document is inert.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Code with comments removed, so that prose explaining why a sink is avoided does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const SINKS: Array<[string, RegExp]> = [
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*[+]?=/],
  ['insertAdjacentHTML', /insertAdjacentHTML\s*\(/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['srcdoc', /\bsrcdoc\b/],
  ['createContextualFragment', /createContextualFragment/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['network request', /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b\s*\(/],
];

const ALLOWED: Record<string, string[]> = {
  DOMParser: ['src/shared/import/read-html.ts'],
};

describe('no string becomes markup or code in src/', () => {
  const files = sourceFiles('src');

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const [name, pattern] of SINKS) {
    it(`uses no ${name}`, () => {
      expect(files.filter((f) => pattern.test(code(f)))).toEqual([]);
    });
  }

  it('parses HTML only in the importer, into an inert document', () => {
    const users = files.filter((f) => /\bDOMParser\b/.test(code(f))).map((f) => f.split('\\').join('/'));
    expect(users).toEqual(ALLOWED.DOMParser);
  });
});
