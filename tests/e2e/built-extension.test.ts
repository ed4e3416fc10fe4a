/**
 * The built extension, as Chrome loads it: dist/manifest.json after crxjs and vite.config.ts have
 * rewritten it, against the same allowlist as the source manifest (tests/unit/security), and
 * every built script scanned for eval, new Function, string timers, remote URLs and requests.
 * Needs no browser; it lives in the e2e project because `npm test` builds before that phase.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXTENSION_PAGES_CSP,
  FORBIDDEN_KEYS,
  HOST_PERMISSIONS,
  MANIFEST_KEYS,
  type Manifest,
  PERMISSIONS,
  parseCsp,
} from '../unit/security/allowlist';
import { distUnderTest } from './support/recorded';

const DIST = resolve(distUnderTest());

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ext);
    return ext.test(entry.name) ? [path] : [];
  });
}

const rel = (path: string) => path.slice(DIST.length + 1);

/**
 * Known, harmless matches in third-party code, each with why. Anything else fails.
 * - Preact names the SVG, MathML and XHTML namespaces by their URIs; nothing is requested.
 */
const NAMESPACE_URIS =
  /https?:\/\/www\.w3\.org\/(2000\/svg|1998\/Math\/MathML|1999\/xhtml|1999\/xlink|XML\/1998\/namespace)/g;
/**
 * Codec specifications that mediabunny (the video muxer) cites in its error messages ("… as
 * specified in … of https://www.webmproject.org/vp9/mp4/"): words in a sentence, never fetched.
 * Only this exact list is let through, and only inside such a sentence.
 */
const CODEC_SPEC_CITATIONS =
  /(specified|described) in [^\n]{0,60}?(https:\/\/www\.webmproject\.org\/vp9\/mp4\/|https:\/\/aomediacodec\.github\.io\/av1-isobmff\/|https:\/\/www\.w3\.org\/TR\/webcodecs-(aac|vorbis|flac)-codec-registration\/)/g;
/**
 * The Word writer (docx) names the XML namespaces a .docx must declare (Office Open XML, Dublin
 * Core, XML Schema instance): identifiers written into the file, never fetched.
 */
const OOXML_NAMESPACES =
  /https?:\/\/(schemas\.openxmlformats\.org|schemas\.microsoft\.com\/office|purl\.org\/dc|purl\.oclc\.org\/ooxml|www\.w3\.org\/2001\/XMLSchema-instance)[^\s"'`)]*/g;
/** docx's error for a list nested deeper than Word allows ends with a forum link: words, never fetched. */
const DOCX_LIST_LEVEL_CITATION =
  /(Level cannot be greater than 9\. Read more here:) https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels\/[0-9a-f-]+/g;

const BUILT = existsSync(join(DIST, 'manifest.json'));

describe.runIf(BUILT)('the built extension', () => {
  if (!BUILT) return;
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;
  const scripts = files(DIST, /\.m?js$/);

  it('asks for exactly the allowlisted permissions and hosts', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...PERMISSIONS].sort());
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...HOST_PERMISSIONS].sort());
  });

  it('exposes nothing to pages and accepts no outside connection', () => {
    // crxjs adds web_accessible_resources for its content-script loader; vite.config.ts strips it.
    for (const [key, reason] of Object.entries(FORBIDDEN_KEYS))
      expect(manifest[key], `${key}: ${reason}`).toBeUndefined();
    const unknown = Object.keys(manifest).filter((k) => !(MANIFEST_KEYS as readonly string[]).includes(k));
    expect(unknown).toEqual([]);
  });

  it('keeps the strict Content-Security-Policy', () => {
    expect(parseCsp(manifest.content_security_policy?.extension_pages ?? '')).toEqual(
      parseCsp(EXTENSION_PAGES_CSP),
    );
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });

  it('runs a service worker and pages made only of its own files', () => {
    const worker = manifest.background?.service_worker ?? '';
    expect(existsSync(join(DIST, worker)), worker).toBe(true);
    expect(existsSync(join(DIST, 'src/content/bootstrap.js'))).toBe(true);
    for (const page of files(DIST, /\.html$/)) {
      const html = readFileSync(page, 'utf8');
      const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
      for (const ref of refs) expect(ref, rel(page)).toMatch(/^(\/|\.{0,2}\/|[\w-]+\.)[^:]*$/);
      expect(html, rel(page)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('contains no eval, new Function, string timers or dynamic import of URLs', () => {
    expect(scripts.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      for (const [name, pattern] of [
        ['eval(', /(^|[^.\w$])eval\s*\(/],
        ['new Function(', /new\s+Function\s*\(/],
        ['string timer', /set(Timeout|Interval)\s*\(\s*["'`]/],
        ['import(URL)', /import\s*\(\s*["'`]https?:/],
        ['importScripts', /importScripts\s*\(/],
      ] as const) {
        if (pattern.test(text)) found.push(`${rel(file)}: ${name}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('makes no network request and names no remote address', () => {
    const found: string[] = [];
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8')
        .replace(NAMESPACE_URIS, '')
        .replace(OOXML_NAMESPACES, '')
        .replace(CODEC_SPEC_CITATIONS, '$1 in')
        .replace(DOCX_LIST_LEVEL_CITATION, '$1');
      for (const m of text.matchAll(/\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b\s*\(/g))
        found.push(`${rel(file)}: ${m[0]}`);
      for (const m of text.matchAll(/(?:https?|wss?|ftp):\/\/[^\s"'`)]*/g))
        found.push(`${rel(file)}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});

if (!BUILT) {
  describe('the built extension', () => {
    it.skip(`is checked after "npm run build": there is no ${DIST}/manifest.json yet`, () => {});
  });
}
