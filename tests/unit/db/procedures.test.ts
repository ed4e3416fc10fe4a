/** The procedures repository on fake-indexeddb. */
import { beforeEach, describe, expect, it } from 'vitest';
import { images, procedures, steps } from '../../../src/shared/db';
import { clickStep, freshDatabase, image } from './fresh';

beforeEach(freshDatabase);

describe('procedures', () => {
  it('creates a procedure with an empty intro and no steps', async () => {
    const created = await procedures.create({ title: 'Pay an Invoice', startUrl: 'https://x.test/' }, 1000);
    expect(await procedures.get(created.id)).toEqual(created);
    expect(created).toMatchObject({
      title: 'Pay an Invoice',
      stepCount: 0,
      createdAt: 1000,
      updatedAt: 1000,
      searchText: 'pay an invoice',
      intro: { purpose: '', prerequisites: '', result: '' },
    });
  });

  it('lists procedures most recently changed first, with an optional limit', async () => {
    const a = await procedures.create({ title: 'A', startUrl: '' }, 1);
    const b = await procedures.create({ title: 'B', startUrl: '' }, 2);
    const c = await procedures.create({ title: 'C', startUrl: '' }, 3);
    expect((await procedures.list()).map((p) => p.id)).toEqual([c.id, b.id, a.id]);
    await procedures.update(a.id, { title: 'A2' }, 4);
    expect((await procedures.list()).map((p) => p.id)).toEqual([a.id, c.id, b.id]);
    expect((await procedures.list(2)).map((p) => p.id)).toEqual([a.id, c.id]);
  });

  it('updates fields, keeps the search text of the steps when the title changes', async () => {
    const p = await procedures.create({ title: 'Old', startUrl: '' }, 1);
    await steps.append(clickStep(p.id, 1), undefined, 2);
    const updated = await procedures.update(p.id, { title: 'New Title' }, 5);
    expect(updated.updatedAt).toBe(5);
    expect(updated.searchText.split('\n')).toEqual(['new title', 'click "button 1"']);
    expect(await procedures.get(p.id)).toEqual(updated);
    const intro = { purpose: 'Pay', prerequisites: 'Login', result: 'Paid' };
    expect((await procedures.update(p.id, { intro }, 6)).intro).toEqual(intro);
  });

  it('refuses to update a procedure that no longer exists', async () => {
    await expect(procedures.update('missing', { title: 'x' })).rejects.toThrow('no longer exists');
  });

  it('moves a procedure to the bin and back', async () => {
    const keep = await procedures.create({ title: 'Keep', startUrl: '' }, 1);
    const bin = await procedures.create({ title: 'Bin', startUrl: '' }, 2);
    await procedures.trash(bin.id, 10);
    expect((await procedures.list()).map((p) => p.id)).toEqual([keep.id]);
    expect(await procedures.listDeleted()).toMatchObject([{ id: bin.id, deletedAt: 10 }]);
    await procedures.restore(bin.id);
    expect((await procedures.list()).map((p) => p.id)).toEqual([bin.id, keep.id]);
    expect(await procedures.listDeleted()).toEqual([]);
    expect(await procedures.get(bin.id)).not.toHaveProperty('deletedAt');
  });

  it('removes a procedure with its steps and images, and nothing of any other', async () => {
    const gone = await procedures.create({ title: 'Gone', startUrl: '' });
    const kept = await procedures.create({ title: 'Kept', startUrl: '' });
    for (const p of [gone, kept]) {
      for (let i = 1; i <= 3; i++) {
        const img = image(p.id);
        await steps.append(
          clickStep(p.id, i, { image: { imageId: img.id, mode: 'own', capturedAt: i } }),
          img,
        );
      }
    }
    await procedures.remove(gone.id);
    expect(await procedures.get(gone.id)).toBeUndefined();
    expect(await steps.list(gone.id)).toEqual([]);
    expect(await images.listIds(gone.id)).toEqual([]);
    expect(await procedures.get(kept.id)).toBeDefined();
    expect(await steps.list(kept.id)).toHaveLength(3);
    expect(await images.listIds(kept.id)).toHaveLength(3);
  });
});
