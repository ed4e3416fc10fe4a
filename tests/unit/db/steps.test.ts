/** The steps and images repositories on fake-indexeddb. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { images, procedures, steps, writeProcedure } from '../../../src/shared/db';
import { clickStep, freshDatabase, holdsBlob, image } from './fresh';

let procedureId: string;

beforeEach(async () => {
  await freshDatabase();
  procedureId = (await procedures.create({ title: 'Pay', startUrl: 'https://x.test/' }, 1)).id;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('steps.append', () => {
  it('stores the step and its screenshot, and counts it', async () => {
    const img = image(procedureId);
    const step = clickStep(procedureId, 5, { image: { imageId: img.id, mode: 'own', capturedAt: 5 } });
    await steps.append(step, img, 7);
    expect(await steps.get(step.id)).toEqual(step);
    expect((await images.get(img.id))?.width).toBe(2);
    const p = await procedures.get(procedureId);
    expect(p).toMatchObject({ stepCount: 1, updatedAt: 7 });
    expect(p!.searchText).toContain('click "button 5"');
  });

  it('is idempotent: the same step id twice is one step', async () => {
    const step = clickStep(procedureId, 1);
    await steps.append(step);
    await steps.append({ ...step, position: 99 });
    expect(await steps.list(procedureId)).toEqual([step]);
    expect((await procedures.get(procedureId))!.stepCount).toBe(1);
  });

  it('refuses a step for a procedure that does not exist, storing nothing', async () => {
    const img = image('nobody');
    await expect(steps.append(clickStep('nobody', 1), img)).rejects.toThrow('no longer exists');
    expect(await images.get(img.id)).toBeUndefined();
  });
});

describe('steps.list', () => {
  it('orders a procedure’s steps by position and leaves other procedures’ out', async () => {
    const other = (await procedures.create({ title: 'Other', startUrl: '' })).id;
    for (const position of [30, 10, 20.5, -1, 20]) await steps.append(clickStep(procedureId, position));
    await steps.append(clickStep(other, 15));
    expect((await steps.list(procedureId)).map((s) => s.position)).toEqual([-1, 10, 20, 20.5, 30]);
  });

  it('loads no image Blobs and does not open the images store', async () => {
    const img = image(procedureId);
    await steps.append(
      clickStep(procedureId, 1, { image: { imageId: img.id, mode: 'own', capturedAt: 1 } }),
      img,
    );
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const listed = await steps.list(procedureId);
    expect(listed).toHaveLength(1);
    expect(holdsBlob(listed)).toBe(false);
    const opened = transaction.mock.calls.flatMap(([names]) => (Array.isArray(names) ? names : [names]));
    expect(opened.length).toBeGreaterThan(0);
    expect(opened).not.toContain('images');
  });
});

describe('steps.attachImage', () => {
  it('attaches a deferred screenshot and clears the step’s problem', async () => {
    const step = clickStep(procedureId, 1, { problem: { code: 'no-screenshot', message: 'later' } });
    await steps.append(step);
    const img = image(procedureId);
    await steps.attachImage(step.id, img, 'deferred');
    const stored = await steps.get(step.id);
    expect(stored?.image).toMatchObject({ imageId: img.id, mode: 'deferred' });
    expect(stored).not.toHaveProperty('problem');
    expect(await images.listIds(procedureId)).toEqual([img.id]);
  });

  it('never replaces a screenshot the step already has', async () => {
    const first = image(procedureId);
    const step = clickStep(procedureId, 1, { image: { imageId: first.id, mode: 'own', capturedAt: 1 } });
    await steps.append(step, first);
    const second = image(procedureId);
    await steps.attachImage(step.id, second, 'deferred');
    expect((await steps.get(step.id))?.image?.imageId).toBe(first.id);
    expect(await images.get(second.id)).toBeUndefined();
  });

  it('does nothing for a step that was deleted meanwhile', async () => {
    const img = image(procedureId);
    await steps.attachImage('gone', img, 'deferred');
    expect(await images.get(img.id)).toBeUndefined();
  });
});

describe('writeProcedure with whole steps and removals', () => {
  it('replaces and removes steps as they are', async () => {
    const [a, b] = [clickStep(procedureId, 1), clickStep(procedureId, 2)];
    await steps.append(a);
    await steps.append(b);
    await writeProcedure({ procedureId, put: [{ ...a, position: 3, customText: 'Press it' }] }, 'edit');
    expect((await steps.list(procedureId)).map((s) => s.id)).toEqual([b.id, a.id]);
    await writeProcedure({ procedureId, remove: [b.id] }, 'edit');
    expect(await steps.list(procedureId)).toMatchObject([{ id: a.id, customText: 'Press it' }]);
  });
});
