/** A fresh, empty IndexedDB for each test, and small records to store in it. */
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from '../../../src/shared/db/open';
import type { Step, StoredImage } from '../../../src/shared/model';

export async function freshDatabase(): Promise<void> {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
}

let counter = 0;

export function clickStep(procedureId: string, position: number, fields: Partial<Step> = {}): Step {
  counter++;
  return {
    id: `step-${counter}`,
    procedureId,
    type: 'click',
    position,
    at: position,
    url: 'https://example.test/',
    pageTitle: 'Example',
    target: {
      role: 'button',
      name: `Button ${position}`,
      tag: 'button',
      selectors: [['button']],
      rect: { x: 0, y: 0, width: 10, height: 10 },
    },
    button: 'left',
    clickCount: 1,
    ...fields,
  } as Step;
}

export function image(procedureId: string, id = `img-${++counter}`): StoredImage {
  return {
    id,
    procedureId,
    blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
    width: 2,
    height: 1,
  };
}

/** True when `value` holds a Blob anywhere inside it. */
export function holdsBlob(value: unknown): boolean {
  if (value instanceof Blob) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsBlob);
}
