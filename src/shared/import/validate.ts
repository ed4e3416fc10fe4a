/**
 * Runs a schema over imported data and turns its first problem into an ImportError whose path
 * says where, from the document's root: `steps[3].target.rect.x: -5 is outside …`. The schema's
 * own messages (schema/leaves.ts) say what is wrong.
 */
import * as v from 'valibot';
import { fail } from './errors';

function pathOf(issue: Pick<v.BaseIssue<unknown>, 'path'>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

export function validated<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  // valibot reads an array as an object with missing fields; say what it really is.
  const last = issue.path?.at(-1) as { input?: unknown } | undefined;
  if (issue.message === 'required field is missing' && Array.isArray(last?.input)) {
    return fail(pathOf({ ...issue, path: issue.path?.slice(0, -1) }), 'expected an object, got an array');
  }
  return fail(pathOf(issue), issue.message);
}
