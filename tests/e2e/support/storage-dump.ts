/**
 * Reads everything the extension keeps, from one of its own pages, as a single JSON string, so a
 * test can assert that a secret appears nowhere: every IndexedDB database and store,
 * chrome.storage.local and .session (session is readable only from extension pages), localStorage.
 */
import type { Page } from 'playwright-core';

export interface StorageDump {
  /** database name → store name → every record; Blobs become { blob: type, size }. */
  indexedDB: Record<string, Record<string, unknown[]>>;
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  localStorage: Record<string, string>;
}

export async function dumpStorage(extensionPage: Page): Promise<{ dump: StorageDump; text: string }> {
  if (!extensionPage.url().startsWith('chrome-extension://')) {
    throw new Error(`dumpStorage needs an extension page, got ${extensionPage.url()}.`);
  }
  // No named helpers inside: tsx/esbuild wrap them in a __name() call that the page does not define.
  const text = await extensionPage.evaluate(async (): Promise<string> => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const ext = (globalThis as unknown as { chrome?: { storage?: { local?: Area; session?: Area } } }).chrome;
    // An empty dump would make every "no secret stored" assertion pass; fail loudly instead.
    if (!ext?.storage?.local || !ext.storage.session) {
      throw new Error('chrome.storage.local/session is not available on this page.');
    }

    const indexedDB: StorageDump['indexedDB'] = {};
    // Open only databases that exist: opening a missing name would create an empty version 1 and
    // break the extension's own upgrade.
    for (const info of await globalThis.indexedDB.databases()) {
      if (!info.name) continue;
      const open = globalThis.indexedDB.open(info.name);
      const db = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      try {
        const stores: Record<string, unknown[]> = {};
        for (const store of Array.from(db.objectStoreNames)) {
          const all = db.transaction(store, 'readonly').objectStore(store).getAll();
          stores[store] = await new Promise<unknown[]>((done, fail) => {
            all.onsuccess = () => done(all.result);
            all.onerror = () => fail(all.error);
          });
        }
        indexedDB[info.name] = stores;
      } finally {
        db.close();
      }
    }

    const localStorage: Record<string, string> = {};
    for (let i = 0; i < globalThis.localStorage.length; i++) {
      const key = globalThis.localStorage.key(i);
      if (key !== null) localStorage[key] = globalThis.localStorage.getItem(key) ?? '';
    }

    const dump: StorageDump = {
      indexedDB,
      local: await ext.storage.local.get(null),
      session: await ext.storage.session.get(null),
      localStorage,
    };
    // Blobs and binary data would serialize as {}; say what they are instead.
    return JSON.stringify(dump, (_key, value: unknown) => {
      if (value instanceof Blob) return { blob: value.type, size: value.size };
      if (value instanceof ArrayBuffer) return { arrayBuffer: value.byteLength };
      if (ArrayBuffer.isView(value)) return { bytes: value.byteLength };
      return value;
    });
  });
  return { dump: JSON.parse(text) as StorageDump, text };
}
