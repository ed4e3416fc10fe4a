/** Migration 2: addresses and titles stored before scrubbing lose their tokens; nothing else changes. */
import { beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src/shared/db/open';
import type { Procedure } from '../../../src/shared/model';
import { clickStep, freshDatabase } from './fresh';

beforeEach(freshDatabase);

const NAME = 'handoff-migration-2';
const TOKEN = 'a9f3c1e77b2d4e06f1a2';

describe('migration 2', () => {
  it('scrubs stored step and procedure addresses, and the titles and search text that echo them', async () => {
    const before = await openDatabase(1, NAME);
    // Before migration 4: no troubleshooting or access lists.
    const procedure = {
      id: 'p1',
      title: `Reset password for ${TOKEN}`,
      intro: { purpose: '', prerequisites: '', result: '' },
      createdAt: 1,
      updatedAt: 1,
      stepCount: 2,
      searchText: `reset password for ${TOKEN}\ngo to "reset password for ${TOKEN}"\nclick "save"`,
      startUrl: `https://app.example/reset?token=${TOKEN}`,
    } as Procedure;
    await before.put('procedures', procedure);
    await before.put(
      'steps',
      clickStep('p1', 1, {
        url: `https://app.example/reset?token=${TOKEN}`,
        pageTitle: `Reset password for ${TOKEN}`,
      }),
    );
    await before.put('steps', clickStep('p1', 2, { url: 'https://app.example/done#access_token=xyz123abc' }));
    const untouched = clickStep('p1', 3, { url: 'https://app.example/invoices', pageTitle: 'Invoices' });
    await before.put('steps', untouched);
    before.close();
    await closeDatabase();

    const after = await openDatabase(2, NAME);
    try {
      const steps = await after.getAll('steps');
      expect(steps.map((s) => s.url)).toEqual([
        'https://app.example/reset?token=…',
        'https://app.example/done',
        'https://app.example/invoices',
      ]);
      expect(steps[0]!.pageTitle).toBe('Reset password for …');
      expect(steps[2]).toEqual(untouched);
      const stored = await after.get('procedures', 'p1');
      expect(stored?.startUrl).toBe('https://app.example/reset?token=…');
      expect(JSON.stringify(stored)).not.toContain(TOKEN);
      expect(JSON.stringify(steps)).not.toMatch(new RegExp(`${TOKEN}|xyz123abc`));
    } finally {
      after.close();
      await closeDatabase();
    }
  });
});
