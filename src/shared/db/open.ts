import { type IDBPDatabase, openDB } from 'idb';
import { migrations } from './migrations';
import { DB_NAME, DB_VERSION, type HandoffSchema } from './schema';

export type HandoffDB = IDBPDatabase<HandoffSchema>;

let opening: Promise<HandoffDB> | undefined;

/** Opens (and upgrades) the one database; every repository goes through here. */
export function openDatabase(version = DB_VERSION, name = DB_NAME): Promise<HandoffDB> {
  return openDB<HandoffSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
        const migrate = migrations[v];
        if (!migrate) throw new Error(`No migration to database version ${v}.`);
        await migrate(db, tx);
      }
    },
    blocking(_current, _blocked, event) {
      // Another context wants a newer version: let it, and reopen lazily.
      (event.target as IDBDatabase).close();
      opening = undefined;
    },
    terminated() {
      opening = undefined;
    },
  });
}

export function db(): Promise<HandoffDB> {
  opening ??= openDatabase().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** For tests: forget the cached connection after deleting the database. */
export async function closeDatabase(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) (await current).close();
}
