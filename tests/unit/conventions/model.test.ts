/** Every step type has a sentence, and STEP_TYPES lists exactly the Step union's types. */
import { describe, expect, it } from 'vitest';
import { STEP_TYPES } from '../../../src/shared/model';
import { generatedSentence, sentence } from '../../../src/shared/text';
import { SAMPLE_STEPS } from '../shared/steps';
import { source } from './source';

describe('step types', () => {
  it('STEP_TYPES matches the step interfaces declared in model.ts', () => {
    const model = source('src/shared/model.ts');
    const declared = Array.from(
      model.matchAll(/interface \w+ extends StepBase \{[^}]*?\btype: '([a-z-]+)';/g),
      (m) => m[1],
    );
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
