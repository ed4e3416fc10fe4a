/** Reads the project's own source, for checks that compare it with what the code exports. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not new URL(): under happy-dom the global URL is the DOM's, which node:url refuses.
const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;

export function source(path: string): string {
  return readFileSync(ROOT + path, 'utf8');
}

export function exists(path: string): boolean {
  return existsSync(ROOT + path);
}
