/** Migration 3: a versions store appears beside the others, which keep their shape and records. */
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/shared/db/open';
import type { Procedure } from '../../../src/shared/model';
import { clickStep, freshDatabase, image } from './fresh';
import { shapeOf } from './shape';

beforeEach(freshDatabase);

const NAME = 'handoff-migration-3';

describe('migration 3', () => {
  it('adds the versions store with its indexes and changes nothing stored', async () => {
    const before = await openDatabase(2, NAME);
    const shapeBefore = shapeOf(before);
    expect(Object.keys(shapeBefore).sort()).toEqual(['images', 'procedures', 'steps']);
    const procedure = {
      id: 'p1',
      title: 'Pay an invoice',
      intro: { purpose: '', prerequisites: '', result: '' },
      createdAt: 1,
      updatedAt: 2,
      stepCount: 1,
      searchText: 'pay an invoice\nclick "button 1"',
      startUrl: 'https://app.example/',
    } as Procedure;
    const shot = image('p1', 'img-1');
    const step = clickStep('p1', 1, { image: { imageId: shot.id, mode: 'own', capturedAt: 1 } });
    await before.put('procedures', procedure);
    await before.put('steps', step);
    await before.put('images', shot);
    before.close();
    await closeDatabase();

    const after = await openDatabase(3, NAME);
    try {
      const shape = shapeOf(after);
      expect(shape.versions).toEqual({
        keyPath: 'id',
        autoIncrement: false,
        indexes: { byProcedure: 'procedureId', byProcedureTime: ['procedureId', 'at'], byImage: 'imageIds' },
      });
      const { versions: _new, ...rest } = shape;
      expect(rest).toEqual(shapeBefore);
      expect(after.transaction('versions').store.index('byImage').multiEntry).toBe(true);
      expect(await after.get('procedures', 'p1')).toEqual(procedure);
      expect(await after.get('steps', step.id)).toEqual(step);
      expect((await after.get('images', 'img-1'))?.procedureId).toBe('p1');
      expect(await after.count('versions')).toBe(0);
    } finally {
      after.close();
      await closeDatabase();
    }
  });
});
