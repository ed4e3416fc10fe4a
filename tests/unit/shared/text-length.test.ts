/** Long labels are shortened at a word boundary, never through the middle of a character. */
import { describe, expect, it } from 'vitest';
import { generatedSentence, MAX_LABEL, shorten } from '../../../src/shared/text';
import { step, target } from './steps';

const graphemes = (text: string) =>
  Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/** The label inside the sentence's first pair of quotes. */
function quotedLabel(text: string): string {
  const match = /"(.*)"/su.exec(text);
  if (!match?.[1]) throw new Error(`no quoted label in ${text}`);
  return match[1];
}

/** Checks `short` is `original` cut after whole graphemes, with an ellipsis. */
function expectWholeGraphemePrefix(short: string, original: string) {
  expect(short.endsWith('…')).toBe(true);
  const kept = graphemes(short.slice(0, -1));
  const all = graphemes(original.slice(0, short.length + 64));
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThanOrEqual(MAX_LABEL);
  expect(kept).toEqual(all.slice(0, kept.length));
}

describe('shortening labels', () => {
  it('cuts a 10,000-character label to at most 80 characters at a word boundary', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i % 10}`);
    const label = words.join(' ');
    expect(label.length).toBeGreaterThan(10_000);
    const text = generatedSentence(step('click', { target: target('button', label) }));
    const short = quotedLabel(text);
    expectWholeGraphemePrefix(short, label);
    const kept = short.slice(0, -1);
    // A word boundary: the original continues with a space right after what was kept.
    expect(label.charAt(kept.length)).toBe(' ');
    expect(kept.endsWith(' ')).toBe(false);
  });

  it('cuts one endless word at the limit instead of returning nothing', () => {
    const label = 'x'.repeat(10_000);
    const short = shorten(label);
    expectWholeGraphemePrefix(short, label);
    expect(Array.from(short).length).toBe(MAX_LABEL);
  });

  it('leaves a label at the limit alone and collapses white space', () => {
    const exact = 'a'.repeat(MAX_LABEL);
    expect(shorten(exact)).toBe(exact);
    expect(shorten('  Save \n\t draft  ')).toBe('Save draft');
  });

  it.each([
    ['family emoji', '👨‍👩‍👧'],
    ['flags', '🇩🇪'],
    ['skin tones', '👍🏽'],
    ['plain emoji', '😀'],
  ])('does not split %s', (_, unit) => {
    const label = unit.repeat(200);
    for (const max of [MAX_LABEL, 33, 34, 35]) {
      const short = shorten(label, max);
      const kept = graphemes(short.slice(0, -1));
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.every((g) => g === unit)).toBe(true);
    }
  });

  it.each([
    ['Hebrew with vowel points', 'שָׁלוֹם עֲלֵיכֶם '],
    ['Arabic with harakat', 'مَرْحَبًا بِكُمْ '],
    ['Devanagari', 'नमस्ते दुनिया '],
  ])('does not split %s', (_, phrase) => {
    const label = phrase.repeat(60).trim();
    const text = generatedSentence(step('click', { target: target('button', label) }));
    expectWholeGraphemePrefix(quotedLabel(text), label);
  });

  it('shortens a typed value too, at a longer limit', () => {
    const value = 'lorem ipsum '.repeat(1000);
    const text = generatedSentence(step('type', { target: target('textbox', 'Notes'), value }));
    const short = quotedLabel(text.replace(/ into "Notes"$/, ''));
    expect(short.endsWith('…')).toBe(true);
    expect(Array.from(short).length).toBeLessThanOrEqual(120);
    expect(Array.from(short).length).toBeGreaterThan(MAX_LABEL);
  });
});
