/** Every step type has a sentence, and STEP_TYPES lists exactly the schema's step types. */
import { describe, expect, it } from 'vitest';
import { STEP_TYPES } from '../../../src/shared/model';
import { FileStepSchema } from '../../../src/shared/schema/file';
import { generatedSentence, sentence } from '../../../src/shared/text';
import { SAMPLE_STEPS } from '../shared/steps';

describe('step types', () => {
  it('STEP_TYPES matches the step shapes of the schema', () => {
    const declared = FileStepSchema.options.map((option) => option.entries.type.literal);
    expect(declared.length).toBeGreaterThan(0);
    expect([...STEP_TYPES].sort()).toEqual([...declared].sort());
  });

  it.each([...STEP_TYPES])('a %s step reads as a sentence', (type) => {
    const step = SAMPLE_STEPS[type];
    const text = generatedSentence(step);
    expect(typeof text).toBe('string');
    expect(text.trim().length).toBeGreaterThan(3);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    expect(sentence(step)).toBe(text);
  });

  it('gives different step types different sentences', () => {
    const texts = STEP_TYPES.map((type) => generatedSentence(SAMPLE_STEPS[type]));
    expect(new Set(texts).size).toBe(texts.length);
  });
});
