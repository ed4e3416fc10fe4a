/**
 * Hand-written validation primitives. Each reads one value at a path, returns it typed, or throws
 * an ImportError naming the path. Unknown fields are ignored and never copied: callers build new
 * objects from the fields they read.
 */
import { fail, kindOf, quote } from './errors';

export type JsonObject = Record<string, unknown>;

export function object(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, `expected an object, got ${kindOf(value)}`);
  }
  return value as JsonObject;
}

export function string(value: unknown, path: string, max: number, min = 0): string {
  if (typeof value !== 'string') fail(path, `expected a string, got ${kindOf(value)}`);
  if (value.length > max) fail(path, `is ${value.length} characters long, more than the ${max} allowed`);
  if (value.length < min)
    fail(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters long`);
  return value;
}

export function number(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(path, `expected a number, got ${kindOf(value)}`);
  if (value < min || value > max) fail(path, `${value} is outside the allowed range ${min} to ${max}`);
  return value;
}

export function integer(value: unknown, path: string, min: number, max: number): number {
  const n = number(value, path, min, max);
  if (!Number.isInteger(n)) fail(path, `expected a whole number, got ${n}`);
  return n;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, `expected true or false, got ${kindOf(value)}`);
  return value;
}

/** One of a fixed set of strings; `noun` names the set in the message ("unknown step type …"). */
export function oneOf<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
  noun: string,
): T {
  if (typeof value !== 'string') fail(path, `expected a string, got ${kindOf(value)}`);
  if (!(allowed as readonly string[]).includes(value)) fail(path, `unknown ${noun} ${quote(value)}`);
  return value as T;
}

export function list<T>(
  value: unknown,
  path: string,
  limits: { max: number; min?: number },
  each: (item: unknown, path: string) => T,
): T[] {
  if (!Array.isArray(value)) fail(path, `expected a list, got ${kindOf(value)}`);
  if (value.length > limits.max) fail(path, `has ${value.length} items, more than the ${limits.max} allowed`);
  if (value.length < (limits.min ?? 0)) fail(path, `must have at least ${limits.min} item`);
  return value.map((item, i) => each(item, `${path}[${i}]`));
}

/** Field access with paths: `at(o, 'steps', 'rect')` → `steps.rect`; root fields have no prefix. */
export function child(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function required(obj: JsonObject, path: string, key: string): unknown {
  const value = obj[key];
  if (value === undefined) fail(child(path, key), 'required field is missing');
  return value;
}

/** Reads an optional field: absent stays undefined, present must pass `read`. */
export function optional<T>(
  obj: JsonObject,
  path: string,
  key: string,
  read: (value: unknown, path: string) => T,
): T | undefined {
  const value = obj[key];
  return value === undefined ? undefined : read(value, child(path, key));
}

/** Reads a required field. */
export function field<T>(
  obj: JsonObject,
  path: string,
  key: string,
  read: (value: unknown, path: string) => T,
): T {
  return read(required(obj, path, key), child(path, key));
}

/**
 * A list of every member of a string union, checked by the compiler: when the model gains a member
 * the list lacks, the argument's type becomes `never` and the build fails, so validation cannot
 * silently fall behind the model.
 */
export const every =
  <T extends string>() =>
  <const L extends readonly T[]>(values: L & (Exclude<T, L[number]> extends never ? unknown : never)): L =>
    values;
