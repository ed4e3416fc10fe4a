/**
 * The leaves of the schema, in two policies over one shape:
 * - `strict` refuses what is out of bounds, with a sentence that says where and why (imports);
 * - `bounded` cuts text and lists to size and clamps numbers (events from content scripts, which
 *   run in hostile pages: a 50,000-character button label is cut, not a reason to lose the step).
 * Both refuse a value of the wrong type.
 */
import * as v from 'valibot';
import { kindOf, quote } from './words';

type Schema<T> = v.GenericSchema<unknown, T>;

/**
 * `fallback` values are what the bounded policy puts in place of a value of the wrong type (a
 * recorder that sent NaN loses nothing else of its step); the strict policy refuses instead.
 */
export interface Leaves {
  text(max: number, min?: number): Schema<string>;
  number(min: number, max: number, fallback?: number): Schema<number>;
  integer(min: number, max: number, fallback?: number): Schema<number>;
  list<T>(item: Schema<T>, max: number, min?: number): Schema<T[]>;
  boolean(fallback: boolean): Schema<boolean>;
  /** One of a fixed set of words; `noun` names the set in the message ("unknown step type …"). */
  choice<const T extends readonly [string, ...string[]]>(
    options: T,
    noun: string,
    fallback?: T[number],
  ): Schema<T[number]>;
}

const got = (what: string) => (issue: v.BaseIssue<unknown>) => `expected ${what}, got ${kindOf(issue.input)}`;

/** An object whose missing fields are named as such. */
export function object<E extends v.ObjectEntries>(entries: E) {
  return v.object(entries, (issue) =>
    issue.input === undefined
      ? 'required field is missing'
      : `expected an object, got ${kindOf(issue.input)}`,
  );
}

export function boolean() {
  return v.boolean(got('true or false'));
}

/** `true` or absent, never false: flags such as `secret` on a click. */
export function flag() {
  return v.literal(true, (issue) =>
    issue.input === false ? 'must be true or absent' : `expected true or false, got ${kindOf(issue.input)}`,
  );
}

/** One of a fixed set of words; `noun` names the set in the message ("unknown step type …"). */
export function pick<const T extends readonly [string, ...string[]]>(options: T, noun: string) {
  return v.picklist(options, (issue) =>
    typeof issue.input === 'string'
      ? `unknown ${noun} ${quote(issue.input)}`
      : `expected a string, got ${kindOf(issue.input)}`,
  );
}

/** A union of objects told apart by `type`; an unknown type is named with `noun`. */
export function variant<O extends v.VariantOptions<'type'>>(options: O, noun: string) {
  return v.variant('type', options, (issue) => {
    if (issue.input === undefined) return 'required field is missing';
    if (issue.path?.length) {
      return typeof issue.input === 'string'
        ? `unknown ${noun} ${quote(issue.input)}`
        : `expected a string, got ${kindOf(issue.input)}`;
    }
    return `expected an object, got ${kindOf(issue.input)}`;
  });
}

const range = (min: number, max: number) => (issue: v.BaseIssue<unknown>) =>
  `${issue.input} is outside the allowed range ${min} to ${max}`;

const finite = () => v.pipe(v.number(got('a number')), v.finite(got('a number')));

export const strict: Leaves = {
  boolean: () => boolean(),
  choice: (options, noun) => pick(options, noun),
  text: (max, min = 0) =>
    v.pipe(
      v.string(got('a string')),
      v.maxLength(
        max,
        (issue) => `is ${(issue.input as string).length} characters long, more than the ${max} allowed`,
      ),
      v.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters long`),
    ),
  number: (min, max) => v.pipe(finite(), v.minValue(min, range(min, max)), v.maxValue(max, range(min, max))),
  integer: (min, max) =>
    v.pipe(
      finite(),
      v.minValue(min, range(min, max)),
      v.maxValue(max, range(min, max)),
      v.integer((issue) => `expected a whole number, got ${issue.input}`),
    ),
  list: (item, max, min = 0) =>
    v.pipe(
      v.array(item, got('a list')),
      v.maxLength(
        max,
        (issue) => `has ${(issue.input as unknown[]).length} items, more than the ${max} allowed`,
      ),
      v.minLength(min, `must have at least ${min} item`),
    ),
};

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

export const bounded: Leaves = {
  text: (max, min = 0) =>
    min > 0
      ? v.pipe(
          v.string(got('a string')),
          v.transform((s) => s.slice(0, max)),
          v.minLength(min, 'must not be empty'),
        )
      : v.fallback(
          v.pipe(
            v.string(got('a string')),
            v.transform((s) => s.slice(0, max)),
          ),
          '',
        ),
  number: (min, max, fallback = 0) =>
    v.fallback(
      v.pipe(
        finite(),
        v.transform((n) => clamp(n, min, max)),
      ),
      clamp(fallback, min, max),
    ),
  integer: (min, max, fallback = min) =>
    v.fallback(
      v.pipe(
        finite(),
        v.transform((n) => clamp(Math.round(n), min, max)),
      ),
      clamp(fallback, min, max),
    ),
  list: (item, max, min = 0) =>
    v.pipe(
      v.array(item, got('a list')),
      v.transform((a) => a.slice(0, max)),
      v.minLength(min, `must have at least ${min} item`),
    ),
  boolean: (fallback) => v.fallback(boolean(), fallback),
  choice: (options, noun, fallback = options[0]) => v.fallback(pick(options, noun), fallback),
};

/** Drops keys whose value is undefined, deeply, so optional fields are absent rather than undefined. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) compact(item);
  } else if (value && typeof value === 'object' && !(value instanceof Blob)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === undefined) delete record[key];
      else compact(record[key]);
    }
  }
  return value;
}
