/** How long the recorded task took: first to last recorded action, in words of the chosen language. */
import { describe, expect, it } from 'vitest';
import { formatDuration, taskDuration } from '../../../src/shared/duration';
import { step } from './steps';

const at = (ms: number, type: 'click' | 'manual' = 'click') => step(type, { at: ms });

describe('taskDuration', () => {
  it('spans the first to the last recorded action, whatever the list order', () => {
    expect(taskDuration([at(5_000), at(65_000), at(2_000)])).toBe(63_000);
  });

  it('leaves out steps written by hand, whose time is when they were written', () => {
    expect(taskDuration([at(1_000), at(9_000_000, 'manual'), at(31_000)])).toBe(30_000);
  });

  it('has no duration with fewer than two recorded actions', () => {
    expect(taskDuration([])).toBeUndefined();
    expect(taskDuration([at(1_000)])).toBeUndefined();
    expect(taskDuration([at(1_000), at(50_000, 'manual')])).toBeUndefined();
  });

  it('ignores a step whose time is not a number', () => {
    expect(taskDuration([at(1_000), at(Number.NaN), at(4_000)])).toBe(3_000);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1_000, '1 second'],
    [44_400, '44 seconds'],
    [60_000, '1 minute'],
    [200_000, '3 minutes 20 seconds'],
    [599_000, '9 minutes 59 seconds'],
    [754_000, '13 minutes'],
    [3_600_000, '1 hour'],
    [3_900_000, '1 hour 5 minutes'],
    [-5_000, '0 seconds'],
  ])('%i ms reads "%s" in English', (ms, words) => {
    expect(formatDuration(ms, 'en')).toBe(words);
  });

  it('uses the chosen language’s unit words and plural forms', () => {
    expect(formatDuration(1_000, 'de')).toBe('1 Sekunde');
    expect(formatDuration(200_000, 'de')).toBe('3 Minuten 20 Sekunden');
    expect(formatDuration(7_260_000, 'de')).toBe('2 Stunden 1 Minute');
  });
});
