/**
 * A Handoff zip or HTML file that carries the video walkthrough imports like one without it: the
 * video and chapters are ignored, and the procedure comes back whole.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportHandoffZip, exportHtml, type VideoAttachment } from '../../../src/shared/export';
import { importFile } from '../../../src/shared/import';
import type { Procedure } from '../../../src/shared/model';
import { blobBytes, resetDatabase, seedProcedure } from '../export/fixtures';
import { fileOf } from './helpers';

// happy-dom's Blob loses `arrayBuffer` in fake-indexeddb's structured clone; Node's survives (export/fixtures.ts).
vi.stubGlobal('Blob', NodeBlob);

const video: VideoAttachment = {
  // Not a real video: import must not look inside it.
  bytes: new Uint8Array(4096).fill(7),
  mimeType: 'video/mp4',
  extension: 'mp4',
  vtt: 'WEBVTT\n\n1\n00:00:03.000 --> 00:00:07.000\nStep 1: Click "Save"\n',
  chapters: [{ start: 3, end: 7, title: 'Step 1: Click "Save"' }],
};

let original: Procedure;
beforeEach(async () => {
  await resetDatabase();
  original = await seedProcedure();
});

describe('exports carrying the video import as the procedure alone', () => {
  it('Handoff zip: the video entries come last, and the imported procedure exports the same zip as without them', async () => {
    const withVideo = await blobBytes((await exportHandoffZip(original.id, undefined, { video })).blob);
    const names = Object.keys(unzipSync(withVideo));
    expect(names.slice(-2)).toEqual(['video/walkthrough.mp4', 'video/chapters.vtt']);
    const { procedureId } = await importFile(fileOf(withVideo));
    const plain = await blobBytes((await exportHandoffZip(original.id)).blob);
    expect(await blobBytes((await exportHandoffZip(procedureId)).blob)).toEqual(plain);
  });

  it('HTML: the page with a <video> imports to the same procedure', async () => {
    const html = await blobBytes((await exportHtml(original.id, undefined, undefined, { video })).blob);
    expect(new TextDecoder().decode(html)).toContain('<video controls');
    const { procedureId } = await importFile(fileOf(html, 'Send-an-invoice.html'));
    const plain = await blobBytes((await exportHandoffZip(original.id)).blob);
    expect(await blobBytes((await exportHandoffZip(procedureId)).blob)).toEqual(plain);
  });
});
