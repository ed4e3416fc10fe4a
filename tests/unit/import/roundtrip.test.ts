/**
 * Export → import → export. The file format carries no storage ids (they are renumbered by order
 * of appearance on export), so the second export must be byte-identical to the first even though
 * import gave every record a new id. Stored records are compared after normalising ids.
 */
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { procedures, steps as stepsRepo } from '../../../src/shared/db';
import { exportHandoffZip, exportHtml } from '../../../src/shared/export';
import { importFile } from '../../../src/shared/import';
import type { Procedure, Step } from '../../../src/shared/model';
import { blobBytes, resetDatabase, seedProcedure, storedImageBytes, useNodeBlob } from '../export/fixtures';
import { fileOf } from './helpers';

useNodeBlob();

let original: Procedure;
beforeEach(async () => {
  await resetDatabase();
  original = await seedProcedure();
});

/** A step without what storage assigns: ids, owner, position; its image id replaced by its order of use. */
function normalise(steps: Step[]): unknown[] {
  const order = new Map<string, number>();
  return steps.map(({ id: _id, procedureId: _p, position: _pos, ...rest }) => {
    if (!rest.image) return rest;
    if (!order.has(rest.image.imageId)) order.set(rest.image.imageId, order.size + 1);
    return { ...rest, image: { ...rest.image, imageId: order.get(rest.image.imageId) } };
  });
}

async function expectSameProcedure(importedId: string): Promise<void> {
  expect(importedId).not.toBe(original.id);
  const imported = (await procedures.get(importedId))!;
  expect(imported).toMatchObject({
    title: original.title,
    intro: original.intro,
    createdAt: original.createdAt,
    startUrl: original.startUrl,
    stepCount: 9,
    searchText: original.searchText,
  });
  const [before, after] = [await stepsRepo.list(original.id), await stepsRepo.list(importedId)];
  expect(normalise(after)).toEqual(normalise(before));
  // Every id is new: nothing of the original was reused or overwritten.
  const oldIds = new Set(before.flatMap((s) => [s.id, s.image?.imageId]));
  for (const s of after) {
    expect(oldIds.has(s.id)).toBe(false);
    if (s.image) expect(oldIds.has(s.image.imageId)).toBe(false);
    expect(s.procedureId).toBe(importedId);
  }
  // Same pixels, byte for byte.
  for (const [i, s] of after.entries()) {
    if (!s.image) continue;
    expect(await storedImageBytes(s.image.imageId)).toEqual(
      await storedImageBytes(before[i]!.image!.imageId),
    );
  }
}

describe('round trip', () => {
  it('Handoff zip → import → zip gives identical procedure.json, images and archive', async () => {
    const first = await blobBytes((await exportHandoffZip(original.id)).blob);
    const { procedureId } = await importFile(fileOf(first));
    await expectSameProcedure(procedureId);
    const second = await blobBytes((await exportHandoffZip(procedureId)).blob);
    const [a, b] = [unzipSync(first), unzipSync(second)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) expect(b[name], name).toEqual(a[name]);
    expect(second).toEqual(first);
  });

  it('HTML → import → the same steps and images, and the same zip as the original', async () => {
    const html = await blobBytes((await exportHtml(original.id)).blob);
    const { procedureId } = await importFile(fileOf(html, 'Send-an-invoice.html'));
    await expectSameProcedure(procedureId);
    const fromOriginal = await blobBytes((await exportHandoffZip(original.id)).blob);
    const fromImported = await blobBytes((await exportHandoffZip(procedureId)).blob);
    expect(fromImported).toEqual(fromOriginal);
  });

  it('recognises HTML by its content when the file has no name', async () => {
    const html = await blobBytes((await exportHtml(original.id)).blob);
    const { procedureId } = await importFile(new Blob([html as Uint8Array<ArrayBuffer>]));
    expect((await procedures.get(procedureId))?.title).toBe(original.title);
  });

  it('importing the same file twice makes two independent procedures', async () => {
    const zip = fileOf(await blobBytes((await exportHandoffZip(original.id)).blob));
    const one = await importFile(zip);
    const two = await importFile(zip);
    expect(one.procedureId).not.toBe(two.procedureId);
    expect((await procedures.list()).length).toBe(3);
  });

  it('lists the imported procedure first in the library', async () => {
    const zip = fileOf(await blobBytes((await exportHandoffZip(original.id)).blob));
    const { procedureId } = await importFile(zip);
    expect((await procedures.list())[0]?.id).toBe(procedureId);
  });
});
