/**
 * Migration 4: every stored procedure, and every saved version of one, gets the format-2 lists
 * (troubleshooting, access), empty; steps, images and lists already there are left as they are.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/shared/db/open';
import type { ProcedureVersion } from '../../../src/shared/db/version-types';
import type { Procedure } from '../../../src/shared/model';
import { clickStep, freshDatabase } from './fresh';
import { shapeOf } from './shape';

beforeEach(freshDatabase);

const NAME = 'handoff-migration-4';

/** A procedure as version 3 stored it: no troubleshooting or access lists. */
const oldProcedure = (id: string) =>
  ({
    id,
    title: 'Pay an invoice',
    intro: { purpose: 'Pay', prerequisites: '', result: '' },
    createdAt: 1,
    updatedAt: 2,
    stepCount: 1,
    searchText: 'pay an invoice\nclick "button 1"',
    startUrl: 'https://app.example/',
  }) as Procedure;

describe('migration 4', () => {
  it('gives stored procedures and saved versions empty troubleshooting and access lists', async () => {
    const before = await openDatabase(3, NAME);
    const shapeBefore = shapeOf(before);
    const step = clickStep('p1', 1);
    const kept: Procedure = {
      ...oldProcedure('p2'),
      troubleshooting: [{ problem: 'Locked out', whatToDo: 'Call IT' }],
      access: [{ what: 'Admin', sentSeparately: true }],
    };
    const version = {
      id: 'v1',
      procedureId: 'p1',
      at: 3,
      reason: 'edits',
      procedure: oldProcedure('p1'),
      steps: [step],
      imageIds: [],
    } as ProcedureVersion;
    await before.put('procedures', oldProcedure('p1'));
    await before.put('procedures', kept);
    await before.put('steps', step);
    await before.put('versions', version);
    before.close();
    await closeDatabase();

    const after = await openDatabase(4, NAME);
    try {
      expect(shapeOf(after)).toEqual(shapeBefore);
      expect(await after.get('procedures', 'p1')).toEqual({
        ...oldProcedure('p1'),
        troubleshooting: [],
        access: [],
      });
      expect(await after.get('procedures', 'p2')).toEqual(kept);
      expect(await after.get('steps', step.id)).toEqual(step);
      expect((await after.get('versions', 'v1'))?.procedure).toEqual({
        ...oldProcedure('p1'),
        troubleshooting: [],
        access: [],
      });
    } finally {
      after.close();
      await closeDatabase();
    }
  });
});
