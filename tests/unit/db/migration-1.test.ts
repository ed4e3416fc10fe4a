/** Migration 1: from no database at all (version 0) to procedures, steps and images with their indexes. */
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/shared/db/open';
import { freshDatabase } from './fresh';
import { shapeOf } from './shape';

beforeEach(freshDatabase);

describe('migration 1', () => {
  it('creates the three stores and their indexes in an empty database', async () => {
    // Version 0 is a database that does not exist yet: where every new install starts.
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('handoff-migration-1');
    const db = await openDatabase(1, 'handoff-migration-1');
    try {
      expect(db.version).toBe(1);
      expect(shapeOf(db)).toEqual({
        procedures: { keyPath: 'id', autoIncrement: false, indexes: { byUpdatedAt: 'updatedAt' } },
        steps: {
          keyPath: 'id',
          autoIncrement: false,
          indexes: { byProcedure: 'procedureId', byProcedurePosition: ['procedureId', 'position'] },
        },
        images: { keyPath: 'id', autoIncrement: false, indexes: { byProcedure: 'procedureId' } },
      });
    } finally {
      db.close();
      await closeDatabase();
    }
  });
});
