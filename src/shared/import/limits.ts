/**
 * What an import accepts. Generous for real recordings (thousands of steps, 4K screenshots at
 * device pixel ratio 2), tight enough that a hostile file is refused before it can exhaust memory.
 */
export const LIMITS = {
  /** Whole file, zip or HTML. */
  fileBytes: 200 * 1024 * 1024,
  zipEntries: 10_050,
  /** Sum of declared uncompressed sizes, checked before anything is inflated. */
  totalUncompressed: 512 * 1024 * 1024,
  jsonBytes: 64 * 1024 * 1024,
  imageBytes: 64 * 1024 * 1024,
  /**
   * Entries above `bombMinBytes` may not expand more than this many times. Deflate tops out near
   * 1032:1, which is what bombs use; a real procedure.json measures 6–65:1 (10,000 near-identical
   * steps reach about 220:1). Inflation is also bounded by the declared size, so this is a cheap
   * first refusal, not the only defence.
   */
  bombRatio: 500,
  bombMinBytes: 1024 * 1024,
  steps: 10_000,
  images: 10_000,
  /** Chrome's largest canvas side; a bigger screenshot cannot have come from a browser tab. */
  imageSide: 16_384,
  title: 2_000,
  /** Free text: intro, notes, custom sentences, typed values. */
  text: 100_000,
  /** Page titles, accessible names, problem messages. */
  label: 10_000,
  /** A table row's identifying text. */
  row: 10_000,
  section: 1_000,
  inputLabel: 1_000,
  url: 32_768,
  /** Role and tag names. */
  word: 100,
  selectors: 100,
  selectorChain: 32,
  selector: 10_000,
  keys: 10,
  key: 50,
  id: 200,
  path: 255,
  /** Largest coordinate or size in CSS pixels. */
  coordinate: 10_000_000,
  /** Largest epoch milliseconds JavaScript's Date can hold. */
  time: 8.64e15,
} as const;

export const MB = 1024 * 1024;
