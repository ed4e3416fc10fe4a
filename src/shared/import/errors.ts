/** Import failures: one sentence that starts with where the problem is, e.g. `steps[3].type: …`. */

export class ImportError extends Error {
  override name = 'ImportError';
  /** Where the problem is: a JSON path such as `steps[3].target.rect`, or `archive`, `file`, … */
  readonly path: string;
  constructor(path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.path = path;
  }
}

export function fail(path: string, detail: string): never {
  throw new ImportError(path, detail);
}

/** A value quoted for a message, shortened so a hostile megabyte string cannot flood the sentence. */
export function quote(text: string, max = 40): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text);
}

/** "a string", "null", "an array" … for "expected X, got Y". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}
