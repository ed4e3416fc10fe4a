/** An import is the first version in the new procedure's history: its steps as stored, reason 'import'. */
import { beforeEach, describe, expect, it } from 'vitest';
import { steps as stepsRepo, versions } from '../../../src/shared/db';
import { exportHandoffZip } from '../../../src/shared/export';
import { importFile } from '../../../src/shared/import';
import { blobBytes, resetDatabase, seedProcedure, useNodeBlob } from '../export/fixtures';
import { fileOf } from './helpers';

useNodeBlob();
beforeEach(resetDatabase);

describe('import', () => {
  it('saves the imported procedure as its first version, sharing its screenshots', async () => {
    const original = await seedProcedure();
    const zip = await blobBytes((await exportHandoffZip(original.id)).blob);
    const { procedureId } = await importFile(fileOf(zip));
    const list = await versions.list(procedureId);
    expect(list).toMatchObject([{ reason: 'import', stepCount: 9 }]);
    const version = (await versions.get(list[0]!.id))!;
    const stored = await stepsRepo.list(procedureId);
    expect(version.steps).toEqual(stored);
    expect(version.imageIds.sort()).toEqual(
      [...new Set(stored.flatMap((s) => (s.image ? [s.image.imageId] : [])))].sort(),
    );
    // The original procedure, never imported, has no history.
    expect(await versions.list(original.id)).toEqual([]);
  });
});
