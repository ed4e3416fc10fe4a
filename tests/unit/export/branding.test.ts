/**
 * Branding: the logo is checked like an imported image (type from its bytes, size limits), the
 * footer's {date} is filled at export, and the HTML, Markdown and Word exports carry logo and
 * footer when asked and nothing of them when not, with hostile footer text kept literal.
 */
import { unzipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { brandingForExport, type ExportBranding, exportDay } from '../../../src/shared/branding/apply';
import { checkLogo, LOGO_MAX_BYTES, LOGO_MAX_SIDE, LogoError } from '../../../src/shared/branding/logo';
import { parseStored, toStored } from '../../../src/shared/branding/settings';
import { exportMarkdownZip, exportWord } from '../../../src/shared/export';
import { logoSize } from '../../../src/shared/export/docx/branding';
import { renderHtml } from '../../../src/shared/export/html';
import { renderMarkdown } from '../../../src/shared/export/markdown';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import { readHandoffHtml } from '../../../src/shared/import/read-html';
import type { Procedure } from '../../../src/shared/model';
import { blobBytes, makePng, makeWebp, resetDatabase, seedProcedure, useNodeBlob } from './fixtures';

// Node's Blob survives fake-indexeddb's clone (see fixtures.ts).
beforeAll(() => useNodeBlob());

const HOSTILE_FOOTER = 'Acme <script>alert(1)</script> & "Co" ![x](javascript:alert(1))\nLine two';

function logoOf(bytes: Uint8Array) {
  return { bytes, ...checkLogo(bytes) };
}

function procedure(): Procedure {
  // The decision lists are required from format version 2 on; asserted so either shape compiles.
  return {
    id: 'p1',
    title: 'Send an invoice',
    intro: { purpose: '', prerequisites: '', result: '' },
    createdAt: Date.UTC(2024, 4, 1),
    updatedAt: Date.UTC(2024, 4, 1),
    stepCount: 0,
    searchText: '',
    startUrl: 'https://invoices.example/',
    troubleshooting: [],
    access: [],
  } as Procedure;
}

/** A PNG header claiming `width` × `height` (enough for the sniffing, which does not decode). */
function pngHeader(width: number, height: number): Uint8Array {
  const png = makePng(1, 1);
  const out = png.slice();
  new DataView(out.buffer).setUint32(16, width);
  new DataView(out.buffer).setUint32(20, height);
  return out;
}

describe('checkLogo', () => {
  it('accepts a PNG and a WebP, with their sizes read from the bytes', () => {
    expect(checkLogo(makePng(40, 20))).toEqual({ type: 'image/png', width: 40, height: 20 });
    expect(checkLogo(makeWebp(8, 6))).toMatchObject({ type: 'image/webp', width: 8, height: 6 });
  });

  it('refuses a file that is not an image, whatever its name or claimed type', () => {
    const text = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    expect(() => checkLogo(text)).toThrow(LogoError);
    expect(() => checkLogo(text)).toThrow(
      'The logo must be a PNG, JPEG or WebP image; this file is none of these.',
    );
    expect(() => checkLogo(new Uint8Array(0))).toThrow('The logo file is empty.');
  });

  it('refuses an oversized file or picture with the limit in the sentence, in the page language', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(makePng(10, 10));
    expect(() => checkLogo(big)).toThrow('The logo is 1025 KB; a logo may be at most 1024 KB.');
    expect(() => checkLogo(big, catalogMessages('de'))).toThrow(
      'Das Logo ist 1025 KB groß; ein Logo darf höchstens 1024 KB groß sein.',
    );
    expect(() => checkLogo(pngHeader(LOGO_MAX_SIDE + 1, 10))).toThrow(
      `The logo is ${LOGO_MAX_SIDE + 1}×10 pixels; each side must be between 1 and ${LOGO_MAX_SIDE} pixels.`,
    );
  });
});

describe('stored branding', () => {
  it('round-trips, and reads a damaged or forged logo as no logo', () => {
    const logo = logoOf(makePng(12, 8));
    expect(parseStored(toStored({ logo, footer: 'Acme' }))).toEqual({ logo, footer: 'Acme' });
    const forged = { ...toStored({ logo, footer: 'Acme' }), logo: { base64: 'PHN2Zz4=', type: 'image/png' } };
    expect(parseStored(forged)).toEqual({ footer: 'Acme' });
    expect(parseStored({ footer: 7 })).toBeUndefined();
    expect(parseStored(undefined)).toBeUndefined();
  });
});

describe('brandingForExport', () => {
  it('fills every {date} with the day of the export in the file language', () => {
    const now = new Date(Date.UTC(2026, 10, 26, 12));
    const made = brandingForExport({ footer: ' Acme · v2 · {date} ({date}) ' }, now, 'de', 'UTC');
    expect(made.footer).toBe('Acme · v2 · 26. November 2026 (26. November 2026)');
    expect(exportDay(now, 'en', 'UTC')).toBe('November 26, 2026');
  });
});

describe('the HTML export', () => {
  const branding: ExportBranding = { logo: logoOf(makePng(30, 10)), footer: HOSTILE_FOOTER };
  const base = { procedure: procedure(), steps: [], images: new Map() };

  it('shows the logo above the title and the footer after the procedure, escaped', () => {
    const html = renderHtml({ ...base, branding });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const logo = doc.querySelector('header img.brand-logo');
    expect(logo?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(logo?.getAttribute('alt')).toBe('Logo');
    expect(doc.querySelector('footer.brand-footer')?.textContent).toBe(HOSTILE_FOOTER);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toContain('<script>');
    // The footer's rules are in the one stylesheet the CSP's hash allows.
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('.brand-footer{');
    // Printed: the logo kept small and the footer never split across pages.
    expect(css).toMatch(/@media print\{\.brand-logo\{max-height:2\.5cm\}\.brand-footer\{break-inside:avoid/);
  });

  it('imports back as the same procedure: the logo is no screenshot of it', async () => {
    const html = renderHtml({ ...base, branding });
    const parsed = await readHandoffHtml(new TextEncoder().encode(html));
    expect(parsed.file.procedure.title).toBe('Send an invoice');
    expect(parsed.file.images).toHaveLength(0);
    expect(parsed.imageBytes.size).toBe(0);
  });

  it('carries neither without branding', () => {
    const html = renderHtml(base);
    expect(html).not.toContain('brand-logo');
    expect(html).not.toContain('brand-footer');
  });
});

describe('the Markdown export', () => {
  const doc = { title: 'Send an invoice', intro: procedure().intro, steps: [], imagePaths: new Map() };

  it('starts with the logo and ends with the footer after a rule, escaped', () => {
    const md = renderMarkdown({ ...doc, branding: { logo: logoOf(makePng(4, 4)), footer: HOSTILE_FOOTER } });
    expect(md.startsWith('![Logo](images/logo.png)\n\n# Send an invoice')).toBe(true);
    const footer = md.slice(md.lastIndexOf('---'));
    expect(footer).toContain(
      'Acme \\<script\\>alert\\(1\\)\\</script\\> \\& "Co" \\!\\[x\\]\\(javascript:alert\\(1\\)\\)\\\nLine two',
    );
  });

  it('carries neither without branding', () => {
    const md = renderMarkdown(doc);
    expect(md).not.toContain('images/logo');
    expect(md).not.toContain('---');
  });
});

describe('the export entry points', () => {
  let stored: Procedure;
  beforeEach(async () => {
    await resetDatabase();
    stored = await seedProcedure();
  });
  const branding = () => ({ logo: logoOf(makePng(30, 10)), footer: 'Acme Ltd · help@acme.example' });

  it('the Markdown zip holds the logo file its first line shows', async () => {
    const { blob } = await exportMarkdownZip(stored.id, undefined, undefined, undefined, {
      branding: branding(),
    });
    const entries = unzipSync(await blobBytes(blob));
    expect(entries['images/logo.png']).toEqual(branding().logo.bytes);
    expect(new TextDecoder().decode(entries['procedure.md'])).toContain('Acme Ltd · help@acme.example');
    const plain = unzipSync(await blobBytes((await exportMarkdownZip(stored.id)).blob));
    expect(Object.keys(plain)).not.toContain('images/logo.png');
  });

  it('the Word file has the logo in its page header and the footer in its page footer', async () => {
    const { blob } = await exportWord(stored.id, undefined, undefined, undefined, { branding: branding() });
    const parts = unzipSync(await blobBytes(blob));
    const names = Object.keys(parts);
    const header = names.find((n) => /^word\/header\d*\.xml$/.test(n));
    const footer = names.find((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(header && new TextDecoder().decode(parts[header])).toContain('descr="Logo"');
    expect(footer && new TextDecoder().decode(parts[footer])).toContain('Acme Ltd · help@acme.example');
    const plain = unzipSync(await blobBytes((await exportWord(stored.id)).blob));
    expect(Object.keys(plain).some((n) => /^word\/(header|footer)\d*\.xml$/.test(n))).toBe(false);
  });

  it('shows the logo in Word at most 200 × 48 px, keeping its shape', () => {
    expect(logoSize(400, 100)).toEqual({ width: 192, height: 48 });
    expect(logoSize(1000, 10)).toEqual({ width: 200, height: 2 });
    expect(logoSize(20, 10)).toEqual({ width: 20, height: 10 });
  });
});
