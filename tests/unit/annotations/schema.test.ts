/** Annotations in the file format: what a step may carry, and what an import refuses. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_COLOURS } from '../../../src/shared/schema/enums';
import { FileStepSchema, shapes } from '../../../src/shared/schema/file';

const step = {
  type: 'manual',
  text: 'Check the total',
  at: 1,
  url: 'https://example.test/',
  pageTitle: 'Example',
} as const;

const good = [
  { kind: 'arrow', from: { x: 10, y: 10 }, to: { x: 100, y: 60 }, colour: 'red' },
  { kind: 'rect', rect: { x: 5, y: 6, width: 50, height: 20 }, colour: 'blue' },
  { kind: 'callout', at: { x: 200, y: 30 }, text: 'Check the total', colour: 'green' },
  { kind: 'badge', at: { x: 40, y: 40 }, number: 3, colour: 'black' },
];

function issues(value: unknown): string[] {
  const result = v.safeParse(FileStepSchema, value);
  return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`);
}

describe('annotation schema', () => {
  it('accepts each kind, and a step without annotations', () => {
    expect(issues({ ...step, annotations: good })).toEqual([]);
    expect(issues(step)).toEqual([]);
    const parsed = v.parse(FileStepSchema, { ...step, annotations: good });
    expect(parsed.annotations).toEqual(good);
  });

  it('lists exactly the palette words as colours', () => {
    for (const colour of ANNOTATION_COLOURS) {
      expect(v.safeParse(shapes.annotation, { ...good[0], colour }).success).toBe(true);
    }
  });

  it('refuses free CSS as a colour, naming the field', () => {
    const bad = { ...good[1], colour: 'url(javascript:alert(1))' };
    expect(issues({ ...step, annotations: [bad] })).toEqual([
      'annotations.0.colour: unknown annotation colour "url(javascript:alert(1))"',
    ]);
  });

  it('refuses an unknown kind, a missing point, a badge number out of range and long text', () => {
    expect(issues({ ...step, annotations: [{ kind: 'circle', colour: 'red' }] })[0]).toMatch(
      /unknown annotation kind "circle"/,
    );
    expect(
      issues({ ...step, annotations: [{ kind: 'arrow', from: { x: 1, y: 1 }, colour: 'red' }] }),
    ).toEqual(['annotations.0.to: required field is missing']);
    expect(issues({ ...step, annotations: [{ ...good[3], number: 0 }] })[0]).toMatch(
      /outside the allowed range/,
    );
    expect(issues({ ...step, annotations: [{ ...good[3], number: 2.5 }] })[0]).toMatch(/whole number/);
    expect(issues({ ...step, annotations: [{ ...good[2], text: 'x'.repeat(301) }] })[0]).toMatch(
      /more than the 300 allowed/,
    );
    expect(issues({ ...step, annotations: [{ ...good[0], from: { x: Number.NaN, y: 0 } }] })[0]).toMatch(
      /expected a number/,
    );
  });

  it('refuses more than 50 annotations on one screenshot', () => {
    const many = Array.from({ length: 51 }, () => good[0]);
    expect(issues({ ...step, annotations: many })[0]).toMatch(/51 items, more than the 50 allowed/);
  });
});
