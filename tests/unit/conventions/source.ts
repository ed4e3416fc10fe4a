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

/** The text between the braces of `export type <name> = { … };`, nested braces included. */
export function typeBody(text: string, name: string): string {
  const start = text.indexOf(`export type ${name} = {`);
  if (start < 0) throw new Error(`no "export type ${name} = {" in the source`);
  const open = text.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces in ${name}`);
}

/** The quoted member names at the top level of a type body: `'content.event': (…) => …`. */
export function quotedKeys(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  // Comments may contain braces or quotes; drop them first.
  const code = body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (depth === 0 && (c === "'" || c === '"')) {
      const end = code.indexOf(c, i + 1);
      const after = code.slice(end + 1).trimStart();
      if (after.startsWith(':')) keys.push(code.slice(i + 1, end));
      i = end;
    }
  }
  return keys;
}
