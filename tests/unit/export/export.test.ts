/** The export entry points against real repositories on fake-indexeddb. */
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { images } from '../../../src/shared/db';
import { exportHandoffZip, exportHtml, exportMarkdownZip } from '../../../src/shared/export';
import type { HandoffFile } from '../../../src/shared/export/format';
import type { Procedure } from '../../../src/shared/model';
import { blobBytes, resetDatabase, seedProcedure, storedImageBytes, useNodeBlob } from './fixtures';

useNodeBlob();

let procedure: Procedure;
const storedIds = () => [0, 1, 2, 3].map((i) => `${procedure.id}-img-${i}`);

beforeEach(async () => {
  await resetDatabase();
  procedure = await seedProcedure();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Entry names and DOS time/date of every central directory record (APPNOTE §4.3.12). */
function centralRecords(zip: Uint8Array): { name: string; time: number; date: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength)),
      time: view.getUint16(i + 12, true),
      date: view.getUint16(i + 14, true),
    });
  }
  return out;
}

describe('exportHandoffZip', () => {
  it('writes procedure.json first, then each image once with its own bytes', async () => {
    const { blob, fileName } = await exportHandoffZip(procedure.id);
    expect(fileName).toBe('Send-an-invoice.handoff.zip');
    expect(blob.type).toBe('application/zip');
    const zip = await blobBytes(blob);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual([
      'procedure.json',
      'images/image-001.png',
      'images/image-002.png',
      'images/image-003.jpg',
      'images/image-004.webp',
    ]);
    const ids = storedIds();
    for (const [i, name] of Object.keys(entries).slice(1).entries()) {
      expect(entries[name], name).toEqual(await storedImageBytes(ids[i]!));
    }
    const file = JSON.parse(new TextDecoder().decode(entries['procedure.json'])) as HandoffFile;
    expect(file.format).toBe('handoff');
    expect(file.version).toBe(2);
    expect(file.procedure.title).toBe('Send an invoice');
    expect(file.steps.map((s) => s.type)).toEqual([
      'navigate',
      'click',
      'type',
      'type',
      'select',
      'check',
      'key',
      'manual',
      'click',
    ]);
    expect(file.steps[8]?.image).toEqual({
      imageId: 'image-002',
      mode: 'shared',
      capturedAt: 1_700_000_000_500,
    });
  });

  it('stamps every entry with the same fixed date and gives the same bytes at any time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-09T13:37:41Z'));
    const first = await blobBytes((await exportHandoffZip(procedure.id)).blob);
    vi.setSystemTime(new Date('2044-02-29T23:59:59Z'));
    const second = await blobBytes((await exportHandoffZip(procedure.id)).blob);
    expect(second).toEqual(first);
    const records = centralRecords(first);
    expect(records).toHaveLength(5);
    // 1980-01-01 00:00:00: time 0; date (year-1980)<<9 | month<<5 | day = 0x21.
    for (const r of records) expect([r.name, r.time, r.date]).toEqual([r.name, 0, 0x21]);
  });

  it('reports progress from 0 to the number of images', async () => {
    const calls: [number, number][] = [];
    await exportHandoffZip(procedure.id, (done, total) => calls.push([done, total]));
    expect(calls).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('skips a screenshot that has gone missing instead of failing', async () => {
    await images.remove(storedIds()[1]!);
    const entries = unzipSync(await blobBytes((await exportHandoffZip(procedure.id)).blob));
    const file = JSON.parse(new TextDecoder().decode(entries['procedure.json'])) as HandoffFile;
    expect(file.images.map((i) => i.path)).toEqual([
      'images/image-001.png',
      'images/image-002.jpg',
      'images/image-003.webp',
    ]);
    expect(file.steps[1]).not.toHaveProperty('image');
    expect(file.steps[8]).not.toHaveProperty('image');
  });

  it('says clearly when the procedure does not exist', async () => {
    await expect(exportHandoffZip('nope')).rejects.toThrow(
      'This procedure no longer exists, so it cannot be exported.',
    );
  });
});

describe('exportHtml', () => {
  it('embeds exactly the procedure.json of the zip export, and shows each step its screenshot', async () => {
    const { blob, fileName } = await exportHtml(procedure.id);
    expect(fileName).toBe('Send-an-invoice.html');
    expect(blob.type).toBe('text/html;charset=utf-8');
    const html = new TextDecoder().decode(await blobBytes(blob));
    const dom = new DOMParser().parseFromString(html, 'text/html');
    const zip = unzipSync(await blobBytes((await exportHandoffZip(procedure.id)).blob));
    expect(dom.querySelector('template')?.content.textContent).toBe(
      new TextDecoder().decode(zip['procedure.json']),
    );
    const shown = [...dom.querySelectorAll('img')].map((img) => [img.closest('li')?.id, img.dataset.imageId]);
    expect(shown).toEqual([
      ['step-1', 'image-001'],
      ['step-2', 'image-002'],
      ['step-3', 'image-003'],
      ['step-5', 'image-004'],
      ['step-9', 'image-002'],
    ]);
    const webp = dom.querySelector('#step-5 img')?.getAttribute('src') ?? '';
    expect(webp.startsWith('data:image/webp;base64,')).toBe(true);
    expect(Buffer.from(webp.split(',')[1]!, 'base64')).toEqual(Buffer.from(zip['images/image-004.webp']!));
  });

  it('reports progress', async () => {
    const calls: number[] = [];
    await exportHtml(procedure.id, (done) => calls.push(done));
    expect(calls).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('exportMarkdownZip', () => {
  it('writes procedure.md and one image per screenshot, named after the first step showing it', async () => {
    const { blob, fileName } = await exportMarkdownZip(procedure.id);
    expect(fileName).toBe('Send-an-invoice-markdown.zip');
    const entries = unzipSync(await blobBytes(blob));
    expect(Object.keys(entries).sort()).toEqual([
      'images/step-001.png',
      'images/step-002.png',
      'images/step-003.jpg',
      'images/step-005.webp',
      'procedure.md',
    ]);
    const md = new TextDecoder().decode(entries['procedure.md']);
    expect(md.match(/\]\((images\/[^)]+)\)/g)).toEqual([
      '](images/step-001.png)',
      '](images/step-002.png)',
      '](images/step-003.jpg)',
      '](images/step-005.webp)',
      '](images/step-002.png)',
    ]);
    expect(entries['images/step-003.jpg']).toEqual(await storedImageBytes(storedIds()[2]!));
  });
});
