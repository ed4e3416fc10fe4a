/**
 * Text laid out for a frame: words wrapped to a width, at the largest size that fits in a few
 * lines, shortened with an ellipsis when even the smallest size does not. Pure: the width of a
 * piece of text comes from a `measure` function (canvas measureText in the page, a fake in tests).
 */

/** Width of `text` at a font size of `size` px, in px. */
export type Measure = (text: string, size: number) => number;

const ELLIPSIS = '…';

/** Splits a word wider than `max` into pieces that fit, by whole code points. */
function splitLong(word: string, max: number, width: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of Array.from(word)) {
    if (piece && width(piece + ch) > max) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Ends `line` with an ellipsis within `max`, dropping characters from its end. */
function withEllipsis(line: string, max: number, width: (s: string) => number): string {
  const chars = Array.from(line.trimEnd());
  while (chars.length && width(`${chars.join('')}${ELLIPSIS}`) > max) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

export interface Wrapped {
  lines: string[];
  /** True when text was left out to fit `maxLines`. */
  truncated: boolean;
}

/** Greedy word wrap of `text` (white space collapsed) to `max` px, at most `maxLines` lines. */
export function wrapText(text: string, max: number, maxLines: number, width: (s: string) => number): Wrapped {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words.flatMap((w) => (width(w) > max ? splitLong(w, max, width) : [w]))) {
    const next = line ? `${line} ${word}` : word;
    if (!line || width(next) <= max) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', max, width);
  return { lines: kept, truncated: true };
}

export interface TextBlock {
  lines: string[];
  /** Font size in px. */
  size: number;
  /** Distance between baselines, px. */
  lineHeight: number;
  truncated: boolean;
}

export const LINE_HEIGHT = 1.25;

/**
 * The largest of `sizes` (largest first) at which `text` fits in `maxLines` lines of `max` px and
 * within `maxHeight` px; else the smallest size, shortened with an ellipsis.
 */
export function fitText(
  text: string,
  box: { max: number; maxHeight: number; maxLines: number },
  sizes: readonly number[],
  measure: Measure,
): TextBlock {
  const smallest = sizes[sizes.length - 1] ?? 16;
  for (const size of sizes) {
    const lineHeight = Math.round(size * LINE_HEIGHT);
    const lines = Math.max(1, Math.min(box.maxLines, Math.floor(box.maxHeight / lineHeight)));
    const wrapped = wrapText(text, box.max, lines, (s) => measure(s, size));
    if (!wrapped.truncated || size === smallest) return { ...wrapped, size, lineHeight };
  }
  // Unreachable with a non-empty `sizes`; kept so an empty list still lays out.
  const lineHeight = Math.round(smallest * LINE_HEIGHT);
  return {
    ...wrapText(text, box.max, box.maxLines, (s) => measure(s, smallest)),
    size: smallest,
    lineHeight,
  };
}
