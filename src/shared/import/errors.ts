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

export { kindOf, quote } from '../schema/words';
