/** A fresh, empty IndexedDB for each test, and a small recorded procedure to edit. */
import { IDBFactory } from 'fake-indexeddb';
import { images, procedures, steps } from '../../../src/shared/db';
import { closeDatabase } from '../../../src/shared/db/open';
import type { Step } from '../../../src/shared/model';

export async function freshDatabase(): Promise<void> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
}

/** Records three steps the way the recorder does (steps.append), with a screenshot each. */
export async function recordedProcedure(make: (procedureId: string) => Step[]): Promise<string> {
  const procedure = await procedures.create({ title: 'Pay an invoice', startUrl: 'https://example.test/' });
  for (const step of make(procedure.id)) {
    const image = step.image
      ? {
          id: step.image.imageId,
          procedureId: procedure.id,
          blob: new Blob(['png']),
          width: 2000,
          height: 1000,
        }
      : undefined;
    await steps.append(step, image);
  }
  return procedure.id;
}

export async function stored(procedureId: string) {
  const [procedure, list, imageIds] = await Promise.all([
    procedures.get(procedureId),
    steps.list(procedureId),
    images.listIds(procedureId),
  ]);
  return { procedure: procedure!, steps: list, imageIds };
}
