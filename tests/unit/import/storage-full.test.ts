/** An import that fills the disk stores nothing and says the import failed, not the recording. */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../../src/shared/db';
import { exportHandoffZip } from '../../../src/shared/export';
import { catalogMessages } from '../../../src/shared/i18n';
import { importFile } from '../../../src/shared/import';
import { blobBytes, countRecords, resetDatabase, seedProcedure, useNodeBlob } from '../export/fixtures';
import { fileOf } from './helpers';

// Node's Blob survives fake-indexeddb's structured clone (see useNodeBlob).
beforeAll(useNodeBlob);
beforeEach(resetDatabase);
afterEach(() => {
  vi.restoreAllMocks();
});

describe('an import on a full disk', () => {
  it('stores nothing and says the import failed', async () => {
    const seeded = await seedProcedure();
    const bytes = await blobBytes((await exportHandoffZip(seeded.id)).blob);
    const before = await countRecords();
    // The disk fills up as the steps are written, after the screenshots.
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (this.name === 'steps') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const error = await importFile(fileOf(bytes)).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(catalogMessages('en').t('storageFullImport'));
    expect(await countRecords()).toEqual(before);
  });
});
