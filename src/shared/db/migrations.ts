/**
 * Numbered migrations. Migration n takes a database at version n-1 to version n; they run in
 * order inside the upgrade transaction, so a database at any old version reaches the newest.
 * Each one has a test that starts from the shape before it.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Procedure } from '../model';
import { scrubTitle, scrubUrl } from '../url-privacy';
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
  /**
   * 2: addresses recorded before they were scrubbed lose their query values, fragments and
   * tokens, and titles and search text lose the values they echoed (see shared/url-privacy.ts).
   */
  2: async (_db, tx) => {
    const echoedBy = new Map<string, string[]>();
    let steps = await tx.objectStore('steps').openCursor();
    while (steps) {
      const step = steps.value;
      const url = scrubUrl(step.url);
      const pageTitle = scrubTitle(step.pageTitle, step.url);
      if (url !== step.url || pageTitle !== step.pageTitle) {
        echoedBy.set(step.procedureId, [...(echoedBy.get(step.procedureId) ?? []), step.url]);
        await steps.update({ ...step, url, pageTitle });
      }
      steps = await steps.continue();
    }
    let procedures = await tx.objectStore('procedures').openCursor();
    while (procedures) {
      const procedure = procedures.value;
      const urls = [procedure.startUrl, ...(echoedBy.get(procedure.id) ?? [])];
      const hide = (text: string) => urls.reduce((out, url) => scrubTitle(out, url), text);
      await procedures.update({
        ...procedure,
        startUrl: scrubUrl(procedure.startUrl),
        title: hide(procedure.title),
        searchText: hide(procedure.searchText),
      });
      procedures = await procedures.continue();
    }
  },
  /**
   * 3: a history of saved versions per procedure (version-types.ts). Nothing existing changes: a
   * procedure gets its first version the next time it is recorded, imported or edited.
   */
  3: (db) => {
    const versions = db.createObjectStore('versions', { keyPath: 'id' });
    versions.createIndex('byProcedure', 'procedureId');
    versions.createIndex('byProcedureTime', ['procedureId', 'at']);
    versions.createIndex('byImage', 'imageIds', { multiEntry: true });
  },
  /**
   * 4: every procedure gets the troubleshooting and access lists (format version 2), empty, so
   * each stored record, and each saved version of one, has the shape the code reads. Steps need
   * nothing: a decision is optional and none existed before.
   */
  4: async (_db, tx) => {
    const withLists = <P extends Partial<Pick<Procedure, 'troubleshooting' | 'access'>>>(p: P): P => ({
      ...p,
      troubleshooting: p.troubleshooting ?? [],
      access: p.access ?? [],
    });
    const lacksLists = (p: Partial<Procedure>) =>
      !Array.isArray(p.troubleshooting) || !Array.isArray(p.access);
    let procedures = await tx.objectStore('procedures').openCursor();
    while (procedures) {
      if (lacksLists(procedures.value)) await procedures.update(withLists(procedures.value));
      procedures = await procedures.continue();
    }
    let versions = await tx.objectStore('versions').openCursor();
    while (versions) {
      const version = versions.value;
      if (lacksLists(version.procedure))
        await versions.update({ ...version, procedure: withLists(version.procedure) });
      versions = await versions.continue();
    }
  },
};
