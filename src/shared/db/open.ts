import { type IDBPDatabase, openDB } from 'idb';
import { migrations } from './migrations';
import { DB_NAME, DB_VERSION, type HandoffSchema } from './schema';

export type HandoffDB = IDBPDatabase<HandoffSchema>;

let opening: Promise<HandoffDB> | undefined;

/**
 * Opens (and upgrades) the one database. Migrations run one after another inside the upgrade
 * transaction; idb does not wait for an async upgrade callback, so a failing migration aborts the
 * transaction itself, which leaves the database at its old version with its data untouched.
 */
export async function openDatabase(version = DB_VERSION, name = DB_NAME): Promise<HandoffDB> {
  for (let v = 1; v <= version; v++) {
    if (!migrations[v]) throw new Error(`No migration to database version ${v}.`);
  }
  let failure: { version: number; error: unknown } | undefined;
  try {
    return await openDB<HandoffSchema>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        // The open request reports the abort; the transaction's own promise need not.
        tx.done.catch(() => undefined);
        let chain: Promise<void> = Promise.resolve();
        for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
          chain = chain.then(async () => {
            try {
              await migrations[v]!(database, tx);
            } catch (error) {
              failure ??= { version: v, error };
              throw error;
            }
          });
        }
        chain.catch(() => {
          try {
            tx.abort();
          } catch {
            // Already aborted by the failing request.
          }
        });
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
  } catch (error) {
    if (!failure) throw error;
    const reason = failure.error instanceof Error ? failure.error.message : String(failure.error);
    throw new Error(
      `Handoff could not upgrade its data (step ${failure.version}: ${reason}); nothing was changed.`,
    );
  }
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
