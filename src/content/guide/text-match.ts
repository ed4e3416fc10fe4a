/**
 * Comparing a recorded name with what a page says now. Pages change case, spacing and punctuation
 * between versions ("Save  invoice" → "save invoice:"); those are the same words to a person.
 */

/** Lower case, one space between words, no trailing colons or required-field asterisks. */
export function normalise(text: string | null | undefined): string {
  const raw = text ?? '';
  // Compatibility forms (full-width letters, ligatures) only occur outside ASCII; normalising
  // every candidate's text cost more than the rest of the comparison.
  return (/[^ -~\s]/.test(raw) ? raw.normalize('NFKC') : raw)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:*]+$/u, '')
    .replace(/^[\s*]+/u, '');
}

function words(text: string): Set<string> {
  return new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/**
 * How alike two texts are, 0 to 1: 1 when equal once normalised, else the share of words they
 * have in common (Jaccard), so a reworded label keeps some credit and an unrelated one none.
 */
export function similarity(a: string | null | undefined, b: string | null | undefined): number {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const wx = words(x);
  const wy = words(y);
  if (wx.size === 0 || wy.size === 0) return 0;
  let shared = 0;
  for (const w of wx) if (wy.has(w)) shared++;
  return shared / (wx.size + wy.size - shared);
}

/**
 * A recorded text prepared once for comparing with thousands of candidates: normalised, split
 * into words, and a quick test that skips splitting a candidate sharing no word with it.
 */
export class Phrase {
  readonly text: string;
  private readonly words: Set<string>;

  constructor(raw: string | null | undefined) {
    this.text = normalise(raw);
    this.words = words(this.text);
  }

  similarity(live: string | null | undefined): number {
    if (!this.text) return 0;
    const y = normalise(live);
    if (!y) return 0;
    if (y === this.text) return 1;
    let any = false;
    for (const w of this.words) {
      if (y.includes(w)) {
        any = true;
        break;
      }
    }
    if (!any) return 0;
    const wy = words(y);
    let shared = 0;
    for (const w of this.words) if (wy.has(w)) shared++;
    return shared / (this.words.size + wy.size - shared);
  }
}
