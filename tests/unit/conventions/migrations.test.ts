/** Migrations are numbered 1..DB_VERSION with no gaps, and each has its own test file. */
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src/shared/db/migrations';
import { DB_VERSION } from '../../../src/shared/db/schema';
import { exists, source } from './source';

const expected = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

describe('migrations', () => {
  it('has exactly the keys 1..DB_VERSION', () => {
    expect(Object.keys(migrations).map(Number)).toEqual(expected);
    for (const n of expected) expect(typeof migrations[n]).toBe('function');
  });

  it.each(expected)('migration %i has a test that starts from the shape before it', (n) => {
    const path = `tests/unit/db/migration-${n}.test.ts`;
    expect(exists(path), `${path} is missing`).toBe(true);
    expect(source(path)).toContain(`describe('migration ${n}'`);
  });
});
