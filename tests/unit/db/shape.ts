/** A database's stores and indexes as plain data, to compare before and after a migration. */
import type { IDBPDatabase } from 'idb';

export interface StoreShape {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Record<string, string | string[]>;
}

// biome-ignore lint/suspicious/noExplicitAny: any schema version
export function shapeOf(db: IDBPDatabase<any>): Record<string, StoreShape> {
  const names = Array.from(db.objectStoreNames as DOMStringList);
  const tx = db.transaction(names, 'readonly');
  const shape: Record<string, StoreShape> = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: Record<string, string | string[]> = {};
    for (const index of Array.from(store.indexNames as DOMStringList)) {
      const keyPath = store.index(index).keyPath;
      indexes[index] = Array.isArray(keyPath) ? [...keyPath] : keyPath;
    }
    const keyPath = store.keyPath;
    shape[name] = {
      keyPath: Array.isArray(keyPath) ? [...keyPath] : keyPath,
      autoIncrement: store.autoIncrement,
      indexes,
    };
  }
  return shape;
}
