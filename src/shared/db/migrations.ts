/**
 * Numbered migrations. Migration n takes a database at version n-1 to version n; they run in
 * order inside the upgrade transaction, so a database at any old version reaches the newest.
 * Each one has a test that starts from the shape before it.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HandoffSchema } from './schema';

type UpgradeTx = IDBPTransaction<HandoffSchema, StoreNames<HandoffSchema>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<HandoffSchema>, tx: UpgradeTx) => void | Promise<void>;

export const migrations: Record<number, Migration> = {
  /** 1: procedures, steps and screenshots in three stores. */
  1: (db) => {
    const procedures = db.createObjectStore('procedures', { keyPath: 'id' });
    procedures.createIndex('byUpdatedAt', 'updatedAt');
    const steps = db.createObjectStore('steps', { keyPath: 'id' });
    steps.createIndex('byProcedure', 'procedureId');
    steps.createIndex('byProcedurePosition', ['procedureId', 'position']);
    const images = db.createObjectStore('images', { keyPath: 'id' });
    images.createIndex('byProcedure', 'procedureId');
  },
};
