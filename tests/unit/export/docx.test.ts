/**
 * The Word export's structure, read back from the .docx itself: unzipped with fflate, then
 * word/document.xml and its relationships checked for headings, step numbers, escaped hostile
 * text, pictures and the page layout.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { steps as stepsRepo } from '../../../src/shared/db';
import { exportWord } from '../../../src/shared/export';
import type { BurnRequest, ImageBurner } from '../../../src/shared/export/burn-marker';
import { packWord } from '../../../src/shared/export/docx/build';
import { PICTURE_MAX_PX, pageSetup, pictureSize } from '../../../src/shared/export/docx/layout';
import { wordPicture } from '../../../src/shared/export/docx/picture';
import { catalogMessages, english } from '../../../src/shared/i18n/catalog';
import type { Procedure, Step } from '../../../src/shared/model';
import { blobBytes, HOSTILE, makePng, resetDatabase, seedProcedure, useNodeBlob } from './fixtures';

useNodeBlob();

let procedure: Procedure;
beforeEach(async () => {
  await resetDatabase();
  procedure = await seedProcedure();
});

/** A stand-in for the canvas: answers every request with a real PNG of the crop's shape. */
function fakeBurner(calls: BurnRequest[]): ImageBurner {
  return async (_bytes, _type, request) => {
    calls.push(request);
    const crop = request.crop ?? { width: 64, height: 36 };
    return { bytes: makePng(crop.width, crop.height, calls.length), type: 'image/png' };
  };
}

function parts(bytes: Uint8Array) {
  const entries = unzipSync(bytes);
  const xml = strFromU8(entries['word/document.xml']!);
  const rels = strFromU8(entries['word/_rels/document.xml.rels']!);
  return { entries, xml, rels };
}

/** Visible text of each paragraph, in order, with the style it has. */
function paragraphs(xml: string): { style: string | undefined; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

const decode = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe('exportWord', () => {
  it('writes title, contents, introduction, inputs and every numbered step under its section', async () => {
    const { blob, fileName } = await exportWord(procedure.id, undefined, undefined, fakeBurner([]));
    expect(fileName).toBe('Send-an-invoice.docx');
    const { xml } = parts(await blobBytes(blob));
    const ps = paragraphs(xml);
    const styled = (style: string) => ps.filter((p) => p.style === style).map((p) => decode(p.text));
    expect(styled('Title')).toEqual(['Send an invoice']);
    expect(styled('Heading1')).toEqual(['Contents', 'Introduction', 'Inputs', 'Steps']);
    expect(styled('Heading2')).toEqual([
      'Purpose',
      'What you need before starting',
      'Expected result',
      'Open the invoice',
      'Fill in the details',
    ]);
    const steps = styled('Heading3');
    expect(steps).toHaveLength(9);
    for (const [i, text] of steps.entries()) expect(text.startsWith(`${i + 1}. `)).toBe(true);
    expect(steps[1]).toBe('2. Click "Save invoice"');
    // Notes, warnings and the recording problem are there, with their labels.
    const text = ps.map((p) => decode(p.text));
    expect(text).toContain('Tip: The button is at the bottom.');
    expect(text).toContain('Warning: This sends the invoice at once.');
    expect(text.some((t) => t.includes('The screenshot quota was used up.'))).toBe(true);
    // The inputs table names the input, its example, and links to its step's bookmark.
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table).toMatch(/Customer name[\s\S]*ACME Ltd[\s\S]*<w:hyperlink [^>]*w:anchor="step_3"/);
    expect(xml).toMatch(/<w:bookmarkStart w:name="step_3"/);
    // Contents link to the sections, which are bookmarked headings.
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="section_1"/);
    expect(xml).toMatch(/<w:bookmarkStart w:name="section_1"/);
  });

  it('embeds one picture per step with a screenshot, each its own relationship, WebP re-encoded', async () => {
    const calls: BurnRequest[] = [];
    const { blob } = await exportWord(procedure.id, undefined, undefined, fakeBurner(calls));
    const { entries, xml, rels } = parts(await blobBytes(blob));
    const stored: Step[] = await stepsRepo.list(procedure.id);
    const withImage = stored.filter((s) => s.image).length;
    expect(withImage).toBe(5);
    const drawings = [...xml.matchAll(/<a:blip r:embed="([^"]+)"/g)].map((m) => m[1]!);
    expect(drawings).toHaveLength(withImage);
    for (const id of drawings) {
      const rel = new RegExp(`<Relationship[^>]*Id="${id}"[^>]*Target="(media/[^"]+)"`).exec(rels);
      expect(rel, id).not.toBeNull();
      expect(entries[`word/${rel![1]}`]?.length).toBeGreaterThan(50);
    }
    expect(Object.keys(entries).filter((n) => n.startsWith('word/media/'))).toHaveLength(withImage);
    // The WebP screenshot was asked for as PNG; every picture has the step's alt text.
    expect(calls.filter((c) => c.noWebp)).toHaveLength(calls.length);
    expect(xml).toContain('descr="Step 2: Click &quot;Save invoice&quot;');
    // A focused step was cropped; step 5 chose the full screenshot.
    const step2 = calls.find((c) => c.step?.id.endsWith('-step-2'));
    expect(step2?.crop).toBeDefined();
    expect(step2?.marker).toBeDefined();
    expect(calls.find((c) => c.step?.id.endsWith('-step-5'))?.crop).toBeUndefined();
  });

  it('without a canvas keeps the stored PNG and JPEG unmarked, says where the marker is, and leaves WebP out', async () => {
    const { blob } = await exportWord(procedure.id);
    const { entries, xml } = parts(await blobBytes(blob));
    // Steps 1, 2, 3 and 9 (9 shares step 2's stored bytes, which the package holds once); step 5's WebP is out.
    expect([...xml.matchAll(/<a:blip r:embed=/g)]).toHaveLength(4);
    const media = Object.keys(entries).filter((n) => n.startsWith('word/media/'));
    expect(media.map((n) => n.split('.').pop()).sort()).toEqual(['jpg', 'png', 'png']);
    expect(decode(xml)).toContain('The element is at');
  });

  it('lays out Letter for English and A4 for German with the same text block', async () => {
    const en = parts(
      await blobBytes((await exportWord(procedure.id, undefined, undefined, fakeBurner([]))).blob),
    );
    const de = parts(
      await blobBytes(
        (await exportWord(procedure.id, undefined, catalogMessages('de'), fakeBurner([]))).blob,
      ),
    );
    expect(en.xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(de.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const letter = pageSetup('letter');
    const a4 = pageSetup('a4');
    expect(en.xml).toContain(`w:left="${letter.margin.left}"`);
    expect(de.xml).toContain(`w:left="${a4.margin.left}"`);
    // Same printable width and height on both papers, within a twip of rounding.
    const width = (p: typeof a4) => p.size.width - p.margin.left - p.margin.right;
    const height = (p: typeof a4) => p.size.height - p.margin.top - p.margin.bottom;
    expect(Math.abs(width(a4) - width(letter))).toBeLessThanOrEqual(1);
    expect(Math.abs(height(a4) - height(letter))).toBeLessThanOrEqual(1);
    expect(
      paragraphs(de.xml)
        .filter((p) => p.style === 'Heading1')
        .map((p) => p.text),
    ).toEqual(['Inhalt', 'Einleitung', 'Eingaben', 'Schritte']);
  });
});

describe('packWord with hostile text', () => {
  it('writes labels, notes and sections as literal text and drops characters XML forbids', async () => {
    const stored: Step[] = await stepsRepo.list(procedure.id);
    const hostile = stored.map((s, i): Step => {
      if (i === 1)
        return { ...s, customText: `${HOSTILE}\u0001 & "quoted"`, note: { kind: 'note', text: HOSTILE } };
      if (i === 2 && s.type === 'type') return { ...s, input: { label: HOSTILE }, value: `${HOSTILE}\uD800` };
      if (i === 4) return { ...s, section: HOSTILE };
      return s;
    });
    const image = { bytes: makePng(64, 36), type: 'image/png' as const, width: 64, height: 36 };
    const picture = await wordPicture(hostile[1]!, 1, image, procedure, fakeBurner([]), english);
    const blob = await packWord({
      pictures: new Map([[1, picture!]]),
      procedure: {
        ...procedure,
        title: `${HOSTILE}\u0002`,
        intro: { ...procedure.intro, purpose: `${HOSTILE}\nline two` },
      },
      steps: hostile,
    });
    const { entries, xml } = parts(await blobBytes(blob));
    // The picture's alt text and the document's properties are XML too.
    expect(xml).toMatch(
      /<wp:docPr [^>]*descr="Step 2: &lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;quoted&quot;"/,
    );
    const core = strFromU8(entries['docProps/core.xml']!);
    expect(core).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be absent.
    expect(core).not.toMatch(/[\u0000-\u0008]/);
    expect(xml).not.toContain('<img');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be absent.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toMatch(/[\uD800-\uDFFF]/);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const text = paragraphs(xml).map((p) => decode(p.text));
    expect(text).toContain(HOSTILE);
    expect(text).toContain(`2. ${HOSTILE} & "quoted"`);
    expect(text).toContain(`Note: ${HOSTILE}`);
    // A line break in the text stays a break, not a raw newline in the XML.
    expect(xml).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>line two/);
    // The document is well-formed XML.
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
  });
});

describe('pictureSize', () => {
  it('fits the narrower printable width and the height limit, keeping the aspect ratio', () => {
    expect(pictureSize({ width: 2560, height: 1440 }, 1280)).toEqual({
      width: PICTURE_MAX_PX.width,
      height: Math.round((PICTURE_MAX_PX.width * 1440) / 2560),
    });
    const tall = pictureSize({ width: 800, height: 2000 }, 800);
    expect(tall.height).toBe(PICTURE_MAX_PX.height);
    expect(tall.width / tall.height).toBeCloseTo(800 / 2000, 2);
    // A small crop is shown at its readable width, never enlarged past it.
    expect(pictureSize({ width: 960, height: 540 }, 480)).toEqual({ width: 480, height: 270 });
  });
});
