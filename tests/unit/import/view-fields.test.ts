/**
 * The focused view's fields in the Handoff format: an older file without them reads as before
 * (every step focused, no context), and a file with them keeps them through validation and into
 * the stored records; unknown view names are refused.
 */
import { describe, expect, it } from 'vitest';
import { chosenView } from '../../../src/shared/focus';
import { handoffFile } from '../../../src/shared/import/file';
import { ZIP_ROOT } from '../../../src/shared/import/parsed';
import { toRecords } from '../../../src/shared/import/records';
import { validDocument } from './documents';
import { withValue } from './helpers';

const { json: valid, images } = validDocument();
const bytes = new Map(
  Object.entries(images).map(([path, data]) => [path.replace(/^images\/|\.\w+$/g, ''), data]),
);

/** The valid document with every view and context removed, as a file written before they existed. */
function older(): typeof valid {
  const copy = structuredClone(valid) as {
    procedure: Record<string, unknown>;
    steps: Record<string, unknown>[];
  };
  delete copy.procedure.view;
  for (const step of copy.steps) {
    delete step.view;
    if (step.target) delete (step.target as Record<string, unknown>).context;
  }
  return copy as unknown as typeof valid;
}

describe('view fields on import', () => {
  it('keeps the procedure view, a step view and a target context into the stored records', () => {
    const file = handoffFile(valid, ZIP_ROOT);
    expect(file.procedure.view).toBe('full');
    const records = toRecords(file, bytes, 1, () => `id-${Math.random()}`);
    expect(records.procedure.view).toBe('full');
    expect(records.steps.some((s) => s.view === 'full')).toBe(true);
    expect(records.steps.some((s) => s.target?.context)).toBe(true);
  });

  it('reads an older file without them: focused by default, no context, no stray keys', () => {
    const file = handoffFile(older(), ZIP_ROOT);
    expect('view' in file.procedure).toBe(false);
    const records = toRecords(file, bytes, 1, () => `id-${Math.random()}`);
    expect('view' in records.procedure).toBe(false);
    for (const step of records.steps) {
      expect('view' in step).toBe(false);
      if (step.target) expect('context' in step.target).toBe(false);
      expect(chosenView(step, records.procedure)).toBe('focused');
    }
  });

  it('refuses a view it does not know', () => {
    expect(() => handoffFile(withValue(valid, ['procedure', 'view'], 'zoomed'), ZIP_ROOT)).toThrow(
      'procedure.view: unknown screenshot view "zoomed"',
    );
  });
});
