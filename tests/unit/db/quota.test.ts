/**
 * A full disk becomes StorageFullError with one sentence in the words of the action that failed
 * (recording, an edit, an import, a copy), and leaves nothing half-written.
 */

import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { images, procedures, StorageFullError, steps, writeProcedure } from '../../../src/shared/db';
import { isQuotaError } from '../../../src/shared/db/errors';
import { db } from '../../../src/shared/db/open';
import { clickStep, freshDatabase, image } from './fresh';

const SENTENCE =
  'Your disk is full, so Handoff paused recording. Free some space, then press Resume; nothing recorded so far is lost.';
const EDIT_SENTENCE =
  'Your disk is full, so your last change was not saved. Free some space, then make the change again; everything saved before it is kept.';

/**
 * The simulation the simplest tests use: put/add on a store throws QuotaExceededError at once.
 * (IndexedDB itself reports quota failures asynchronously; see diskFills for that.)
 */
function putThrows(method: 'put' | 'add', store?: string) {
  const original = IDBObjectStore.prototype[method];
  return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (store === undefined || this.name === store) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.apply(this, args);
  });
}

/**
 * The browser's way: the request is accepted, then the write fails with QuotaExceededError, the
 * request's error event fires and the transaction aborts. Done by failing fake-indexeddb's
 * internal record store, which runs when the request executes.
 */
async function diskFills(store: 'procedures' | 'steps' | 'images') {
  const tx = (await db()).transaction(store);
  const raw = (unwrap(tx.store) as unknown as { _rawObjectStore: object })._rawObjectStore;
  await tx.done;
  const proto = Object.getPrototypeOf(raw) as { storeRecord: (...args: unknown[]) => unknown };
  const original = proto.storeRecord;
  vi.spyOn(proto, 'storeRecord').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
    if (this.name === store) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
}

/**
 * Chrome's way: every request succeeds, then committing the transaction fails and it aborts with
 * QuotaExceededError. Done by aborting, instead of completing, a write transaction over `store`.
 */
function commitFails(store: 'procedures' | 'steps' | 'images') {
  type FakeTx = IDBTransaction & { _requests: unknown[]; _state: string; _abort(name: string): void };
  const proto = IDBTransaction.prototype as unknown as { _start(this: FakeTx): void };
  const original = proto._start;
  vi.spyOn(proto, '_start').mockImplementation(function (this: FakeTx) {
    const committing = this._requests.length === 0 && this._state !== 'finished';
    if (committing && this.mode === 'readwrite' && this.objectStoreNames.contains(store) && !this.error) {
      this._abort('QuotaExceededError');
      return;
    }
    original.call(this);
  });
}

let procedureId: string;

beforeEach(async () => {
  await freshDatabase();
  procedureId = (await procedures.create({ title: 'Pay', startUrl: '' }, 1)).id;
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function expectStorageFull(promise: Promise<unknown>, sentence = SENTENCE) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageFullError);
  expect((error as Error).message).toBe(sentence);
}

describe('a full disk, simulated by put throwing', () => {
  it('turns a failed step write into StorageFullError and stores neither step nor image', async () => {
    putThrows('put', 'steps');
    const img = image(procedureId);
    const step = clickStep(procedureId, 1, { image: { imageId: img.id, mode: 'own', capturedAt: 1 } });
    await expectStorageFull(steps.append(step, img));
    vi.restoreAllMocks();
    expect(await steps.get(step.id)).toBeUndefined();
    expect(await images.get(img.id)).toBeUndefined();
    expect((await procedures.get(procedureId))!.stepCount).toBe(0);
  });

  it('turns failed screenshot and procedure writes into StorageFullError', async () => {
    const step = clickStep(procedureId, 1);
    await steps.append(step);
    putThrows('put', 'images');
    await expectStorageFull(images.put(image(procedureId)), EDIT_SENTENCE);
    await expectStorageFull(steps.attachImage(step.id, image(procedureId), 'deferred'));
    vi.restoreAllMocks();
    putThrows('add');
    await expectStorageFull(procedures.create({ title: 'New', startUrl: '' }));
  });

  it('lets other errors through unchanged', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Data cannot be cloned.', 'DataCloneError');
    });
    await expect(images.put(image(procedureId))).rejects.toMatchObject({ name: 'DataCloneError' });
  });
});

describe('a full disk, as a failed write request reports it', () => {
  it('fails a step append with StorageFullError, leaving nothing half-written', async () => {
    await diskFills('steps');
    const img = image(procedureId);
    const step = clickStep(procedureId, 1, { image: { imageId: img.id, mode: 'own', capturedAt: 1 } });
    await expectStorageFull(steps.append(step, img));
    vi.restoreAllMocks();
    expect(await steps.get(step.id)).toBeUndefined();
    expect(await images.get(img.id)).toBeUndefined();
    expect((await procedures.get(procedureId))!.stepCount).toBe(0);
  });

  it('fails screenshot writes with StorageFullError', async () => {
    const step = clickStep(procedureId, 1);
    await steps.append(step);
    await diskFills('images');
    await expectStorageFull(images.put(image(procedureId)), EDIT_SENTENCE);
    await expectStorageFull(steps.attachImage(step.id, image(procedureId), 'deferred'));
    vi.restoreAllMocks();
    expect(await steps.get(step.id)).not.toHaveProperty('image');
  });

  it('fails a new procedure with StorageFullError', async () => {
    await diskFills('procedures');
    await expectStorageFull(procedures.create({ title: 'New', startUrl: '' }));
    vi.restoreAllMocks();
    expect(await procedures.list()).toHaveLength(1);
  });
});

describe('a full disk, as Chrome reports it at commit', () => {
  it('fails a step append with StorageFullError, leaving nothing half-written', async () => {
    commitFails('steps');
    const img = image(procedureId);
    const step = clickStep(procedureId, 1, { image: { imageId: img.id, mode: 'own', capturedAt: 1 } });
    await expectStorageFull(steps.append(step, img));
    vi.restoreAllMocks();
    expect(await steps.get(step.id)).toBeUndefined();
    expect(await images.get(img.id)).toBeUndefined();
    expect((await procedures.get(procedureId))!.stepCount).toBe(0);
  });

  it('fails screenshot writes with StorageFullError', async () => {
    const step = clickStep(procedureId, 1);
    await steps.append(step);
    commitFails('images');
    await expectStorageFull(images.put(image(procedureId)), EDIT_SENTENCE);
    await expectStorageFull(steps.attachImage(step.id, image(procedureId), 'deferred'));
    vi.restoreAllMocks();
    expect(await steps.get(step.id)).not.toHaveProperty('image');
    expect(await images.listIds(procedureId)).toEqual([]);
  });

  it('fails procedure writes with StorageFullError', async () => {
    commitFails('procedures');
    await expectStorageFull(procedures.create({ title: 'New', startUrl: '' }));
    await expectStorageFull(procedures.update(procedureId, { title: 'Renamed' }), EDIT_SENTENCE);
    vi.restoreAllMocks();
    expect((await procedures.get(procedureId))!.title).toBe('Pay');
    expect(await procedures.list()).toHaveLength(1);
  });

  it('fails edits with StorageFullError', async () => {
    const step = clickStep(procedureId, 1);
    await steps.append(step);
    commitFails('steps');
    await expectStorageFull(
      writeProcedure({ procedureId, put: [{ ...step, customText: 'x' }] }, 'edit'),
      EDIT_SENTENCE,
    );
    vi.restoreAllMocks();
    expect(await steps.get(step.id)).not.toHaveProperty('customText');
  });
});

describe('isQuotaError', () => {
  it('recognises quota errors by name, wrapped name or message', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('abort'), { inner: { name: 'QuotaExceededError' } }))).toBe(
      true,
    );
    expect(isQuotaError(new Error('Quota exceeded for origin'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'ConstraintError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
