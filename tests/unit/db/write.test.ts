/**
 * writeProcedure, the one atomic write: derived fields are the repository's, a failure leaves
 * nothing half-written, and a full disk is reported in the words of the action that failed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { duplicateStored } from '../../../src/library/duplicate';
import { images, procedures, StorageFullError, steps, writeProcedure } from '../../../src/shared/db';
import { mergeWithNext, searchTextOf } from '../../../src/shared/edit';
import { catalogMessages } from '../../../src/shared/i18n';
import type { Step } from '../../../src/shared/model';
import { clickStep, freshDatabase, image } from './fresh';

const en = catalogMessages('en');

let procedureId: string;

beforeEach(async () => {
  await freshDatabase();
  procedureId = (await procedures.create({ title: 'Pay', startUrl: 'https://x.test/' }, 1)).id;
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The disk fills up on the n-th write to `store` (put or add), the way Chrome reports it at once. */
function fullAfter(store: string, writes = 0) {
  let count = 0;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === store && count++ >= writes)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
  }
}

async function recordTwo() {
  const shots = [image(procedureId), image(procedureId)];
  const [a, b] = shots.map((shot, i) =>
    clickStep(procedureId, i + 1, { image: { imageId: shot.id, mode: 'own', capturedAt: 1 } }),
  );
  await steps.append(a!, shots[0]);
  await steps.append(b!, shots[1]);
  return { a: a!, b: b!, shots };
}

describe('writeProcedure', () => {
  it('computes count and search text from the stored steps, whatever the caller says', async () => {
    const step = clickStep('new', 1);
    const stored = await writeProcedure(
      {
        procedureId: 'new',
        create: {
          id: 'new',
          title: 'Copied',
          intro: { purpose: '', prerequisites: '', result: '' },
          createdAt: 5,
          updatedAt: 6,
          startUrl: '',
          troubleshooting: [],
          access: [],
          ...{ stepCount: 42, searchText: 'wrong' },
        },
        put: [step],
      },
      'import',
    );
    expect(stored).toMatchObject({ stepCount: 1, searchText: 'copied\nclick "button 1"', updatedAt: 6 });
    expect(await procedures.get('new')).toEqual(stored);
  });

  it('saves a merge in one transaction: a full disk leaves both steps and the count as they were', async () => {
    const { a, b } = await recordTwo();
    const editor = new EditorStore(procedureId, { load: loadState, write: writeDiff, same: sameContent });
    await editor.load();
    fullAfter('procedures');
    editor.edit((s) => mergeWithNext(s, a.id));
    await editor.flush();
    vi.restoreAllMocks();
    expect((await steps.list(procedureId)).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(await steps.get(a.id)).toEqual(a);
    expect((await procedures.get(procedureId))?.stepCount).toBe(2);
    expect(editor.get().error).toBe(en.t('storageFullEdit'));
  });

  it('copies whole or not at all, and says a copy failed', async () => {
    await recordTwo();
    fullAfter('images', 1);
    const error = await duplicateStored(procedureId).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).action).toBe('duplicate');
    expect((error as Error).message).toBe(en.t('storageFullDuplicate'));
    expect(await procedures.list()).toHaveLength(1);
    const all = await Promise.all((await procedures.list()).map((p) => images.listIds(p.id)));
    expect(all.flat()).toHaveLength(2);
  });

  it('says the recording paused only for recording', () => {
    expect(new StorageFullError().message).toBe(en.t('storageFullRecording'));
    expect(new StorageFullError('import').message).toBe(en.t('storageFullImport'));
    expect(new StorageFullError('edit').message).not.toMatch(/record/i);
  });

  it('deletes a released screenshot only when no stored step shows it', async () => {
    const { a, shots } = await recordTwo();
    const spare = image(procedureId);
    await images.put(spare);
    await writeProcedure({ procedureId, release: [shots[0]!.id, spare.id] }, 'edit');
    expect(await images.get(shots[0]!.id)).toBeDefined();
    expect(await images.get(spare.id)).toBeUndefined();
    expect((await steps.get(a.id))?.image?.imageId).toBe(shots[0]!.id);
  });

  it('keeps the search text equal to one built whole, through edits in place, moves and deletions', async () => {
    const { a, b } = await recordTwo();
    const expectWhole = async () => {
      const stored = (await procedures.get(procedureId))!;
      const list = await steps.list(procedureId);
      expect(stored.searchText).toBe(searchTextOf(stored.title, list));
      expect(stored.stepCount).toBe(list.length);
    };
    const patch = (step: Step, fields: Partial<Step>) =>
      writeProcedure(
        { procedureId, patch: [{ step: { ...step, ...fields } as Step, fields: Object.keys(fields) }] },
        'edit',
      );
    await patch(a, { customText: 'First, press the button' });
    await expectWhole();
    await writeProcedure(
      {
        procedureId,
        fields: { title: 'Pay Twice' },
        patch: [{ step: { ...b, customText: 'Then' } as Step, fields: ['customText'] }],
      },
      'edit',
    );
    await expectWhole();
    await patch(a, { position: 3 });
    await expectWhole();
    expect((await steps.list(procedureId)).map((s) => s.id)).toEqual([b.id, a.id]);
    await patch(b, { customText: 'Two\nlines' });
    await expectWhole();
    await patch(a, { customText: 'After the break' });
    await expectWhole();
    await writeProcedure({ procedureId, remove: [b.id] }, 'edit');
    await expectWhole();
  });

  it('refuses to change a procedure that is gone', async () => {
    await expect(writeProcedure({ procedureId: 'gone', fields: { title: 'x' } }, 'edit')).rejects.toThrow(
      en.t('procedureGone'),
    );
  });
});
