/** The import's write (writeProcedure creating a procedure): all or nothing, and never an overwrite. */
import { beforeEach, describe, expect, it } from 'vitest';
import { images, procedures, writeProcedure } from '../../../src/shared/db';
import type { Procedure, Step, StoredImage } from '../../../src/shared/model';
import {
  countRecords,
  makePng,
  resetDatabase,
  richSteps,
  seedProcedure,
  useNodeBlob,
} from '../export/fixtures';

useNodeBlob();
beforeEach(resetDatabase);

const procedure = (id: string): Procedure => ({
  id,
  title: 'Imported',
  intro: { purpose: '', prerequisites: '', result: '' },
  createdAt: 1,
  updatedAt: 2,
  stepCount: 9,
  searchText: 'imported',
  startUrl: '',
  troubleshooting: [],
  access: [],
});

const image = (id: string, procedureId: string): StoredImage => ({
  id,
  procedureId,
  blob: new Blob([makePng(64, 36) as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
  width: 64,
  height: 36,
});

/** Stores a new procedure the way the importer does. */
function importWhole(procedure: Procedure, steps: Step[], images: StoredImage[]) {
  return writeProcedure({ procedureId: procedure.id, create: procedure, put: steps, images }, 'import');
}

describe('importWhole', () => {
  it('stores the procedure, its steps and its images together', async () => {
    const steps = richSteps('new', ['n0', 'n1', 'n2', 'n3']);
    await importWhole(
      procedure('new'),
      steps,
      ['n0', 'n1', 'n2', 'n3'].map((id) => image(id, 'new')),
    );
    expect(await countRecords()).toEqual({ procedures: 1, steps: 9, images: 4 });
  });

  it('stores nothing when one step fails', async () => {
    const steps = richSteps('new', ['n0', 'n1', 'n2', 'n3']);
    steps[8] = { ...steps[8]!, id: steps[0]!.id }; // the second add of this id fails
    await expect(importWhole(procedure('new'), steps, [image('n0', 'new')])).rejects.toThrow();
    expect(await countRecords()).toEqual({ procedures: 0, steps: 0, images: 0 });
  });

  it('refuses to overwrite an existing record, and then stores nothing', async () => {
    const existing = await seedProcedure();
    const before = await countRecords();
    const takenImageId = `${existing.id}-img-0`;
    const original = await images.get(takenImageId);
    await expect(
      importWhole(procedure('new'), richSteps('new', ['x', 'y', 'z', 'w']), [image(takenImageId, 'new')]),
    ).rejects.toThrow();
    expect(await countRecords()).toEqual(before);
    expect((await images.get(takenImageId))?.procedureId).toBe(original?.procedureId);
    expect(await procedures.get('new')).toBeUndefined();
  });
});
