/** Opening the database: every version reachable from nothing, and a missing migration refused. */
import { beforeEach, describe, expect, it } from 'vitest';
import { procedures } from '../../../src/shared/db';
import { migrations } from '../../../src/shared/db/migrations';
import { closeDatabase, db, openDatabase } from '../../../src/shared/db/open';
import { DB_NAME, DB_VERSION } from '../../../src/shared/db/schema';
import { freshDatabase } from './fresh';
import { shapeOf } from './shape';

beforeEach(freshDatabase);

describe('openDatabase', () => {
  it('reaches the newest version from an empty database, with the stores the repositories use', async () => {
    const opened = await db();
    expect(opened.name).toBe(DB_NAME);
    expect(opened.version).toBe(DB_VERSION);
    expect(Object.keys(shapeOf(opened)).sort()).toEqual(['images', 'procedures', 'steps', 'versions']);
  });

  it('refuses a version that has no migration, leaving the database as it was', async () => {
    await procedures.create({ title: 'Kept', startUrl: '' });
    await closeDatabase();
    await expect(openDatabase(DB_VERSION + 1)).rejects.toThrow(
      `No migration to database version ${DB_VERSION + 1}.`,
    );
    expect((await db()).version).toBe(DB_VERSION);
    expect(await procedures.list()).toMatchObject([{ title: 'Kept' }]);
  });

  it('leaves the database as it was when a migration fails part-way', async () => {
    await procedures.create({ title: 'Kept', startUrl: '' });
    await closeDatabase();
    const next = DB_VERSION + 1;
    migrations[next] = (database) => {
      database.deleteObjectStore('procedures');
      throw new Error('disk said no');
    };
    try {
      await expect(openDatabase(next)).rejects.toThrow(
        `Handoff could not upgrade its data (step ${next}: disk said no); nothing was changed.`,
      );
    } finally {
      delete migrations[next];
    }
    expect((await db()).version).toBe(DB_VERSION);
    expect(await procedures.list()).toMatchObject([{ title: 'Kept' }]);
  });

  it('gives way when another context needs the database, then reopens on the next call', async () => {
    await procedures.create({ title: 'A', startUrl: '' });
    // Another context deletes (or upgrades) the database: our open connection must not block it.
    const deleted = await new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve('deleted');
      request.onblocked = () => resolve('blocked');
    });
    expect(deleted).toBe('deleted');
    expect(await procedures.list()).toEqual([]);
    expect((await db()).version).toBe(DB_VERSION);
  });
});
