import { describe, expect, it } from 'vitest';
import { fitText, LINE_HEIGHT, type Measure, wrapText } from '../../../src/shared/video/caption';

/** Every character is half the font size wide: easy to reason about. */
const measure: Measure = (text, size) => Array.from(text).length * size * 0.5;
const at10 = (s: string) => measure(s, 10);

describe('wrapping', () => {
  it('breaks between words, never past the width', () => {
    const { lines, truncated } = wrapText('Click the "Save invoice" button to keep it', 100, 5, at10);
    expect(truncated).toBe(false);
    expect(lines.join(' ')).toBe('Click the "Save invoice" button to keep it');
    for (const line of lines) expect(at10(line)).toBeLessThanOrEqual(100);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('collapses white space', () => {
    expect(wrapText('  Type\n\t"x"   into  it ', 1000, 2, at10).lines).toEqual(['Type "x" into it']);
  });

  it('splits a word longer than a line', () => {
    const { lines } = wrapText('a'.repeat(45), 100, 5, at10);
    expect(lines).toEqual(['a'.repeat(20), 'a'.repeat(20), 'a'.repeat(5)]);
  });

  it('ends the last kept line with an ellipsis when lines run out', () => {
    const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const { lines, truncated } = wrapText(text, 100, 2, at10);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(at10(lines[1]!)).toBeLessThanOrEqual(100);
  });

  it('keeps an emoji whole', () => {
    const { lines } = wrapText('👩‍👩‍👧'.repeat(3), 1000, 1, at10);
    expect(lines.join('')).toBe('👩‍👩‍👧'.repeat(3));
  });

  it('empty text is no lines', () => {
    expect(wrapText('   ', 100, 2, at10)).toEqual({ lines: [], truncated: false });
  });
});

describe('fitting a size', () => {
  const box = { max: 400, maxHeight: 100, maxLines: 3 };

  it('a short sentence keeps the largest size', () => {
    const block = fitText('Click "Save"', box, [40, 30, 20], measure);
    expect(block.size).toBe(40);
    expect(block.lines).toEqual(['Click "Save"']);
    expect(block.lineHeight).toBe(Math.round(40 * LINE_HEIGHT));
  });

  it('a longer sentence steps down until it fits the height', () => {
    // 60 characters: at 40 px only 2 lines of 50 px fit the height and 20 characters fit a line.
    const text = 'Type "ACME Corporation Limited" into the "Customer name" box.';
    const block = fitText(text, box, [40, 30, 20], measure);
    expect(block.truncated).toBe(false);
    expect(block.lines.length * block.lineHeight).toBeLessThanOrEqual(100);
    for (const line of block.lines) expect(measure(line, block.size)).toBeLessThanOrEqual(400);
    expect(block.size).toBeLessThan(40);
  });

  it('text too long for the smallest size is shortened with an ellipsis', () => {
    const block = fitText('word '.repeat(400), box, [40, 20], measure);
    expect(block.size).toBe(20);
    expect(block.truncated).toBe(true);
    expect(block.lines.length).toBe(3);
    expect(block.lines[2]!.endsWith('…')).toBe(true);
  });
});
