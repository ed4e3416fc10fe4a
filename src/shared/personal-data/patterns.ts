/**
 * The person's own patterns: regular expressions entered in the settings, checked before they are
 * kept and bounded when they run. JavaScript cannot interrupt a running match, so the guard is in
 * three layers: a pattern is refused when it nests repetition (`(a+)+`, `(\w*)*`, `(a|a)*`: the
 * shapes that backtrack exponentially), each text is matched on at most MAX_TEXT characters, and
 * a pattern that spends more than its time budget in one page scan stops for that scan.
 */
import type { Match } from './match';

export const MAX_PATTERN_LENGTH = 200;
export const MAX_PATTERNS = 20;
/** Longest text one pattern is run on at once. */
export const MAX_TEXT = 10_000;
/** What one pattern may spend over one page scan, in ms. */
export const PATTERN_BUDGET_MS = 20;

/** Why a pattern was refused, as a key of the message catalogs (the settings page shows it). */
export type PatternProblem =
  | 'personalPatternEmpty'
  | 'personalPatternTooLong'
  | 'personalPatternInvalid'
  | 'personalPatternNested'
  | 'personalPatternMatchesEmpty';

/**
 * A group that is repeated and holds a repetition or an alternative inside: the classic
 * catastrophic shapes. Also a repeated back-reference. Errs towards refusing.
 */
function nestsRepetition(source: string): boolean {
  // Drop escapes and character classes first: `[+*]` and `\+` repeat nothing.
  const plain = source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  // One flag per open group: does it hold a repetition or an alternative?
  const stack: boolean[] = [];
  for (let i = 0; i < plain.length; i++) {
    const char = plain[i];
    if (char === '(') stack.push(false);
    else if (char === ')') {
      const inner = stack.pop() ?? false;
      const next = plain.slice(i + 1, i + 3);
      if (inner && /^(?:[*+]|\{\d*,)/.test(next)) return true;
      const quantified = /^[*+?{]/.test(next);
      if (stack.length > 0 && (inner || quantified)) stack[stack.length - 1] = true;
    } else if ((char === '*' || char === '+' || char === '{' || char === '|') && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

/** The pattern compiled, or the reason it is refused. Case-insensitive, Unicode. */
export function compilePattern(source: string): { regex: RegExp } | { problem: PatternProblem } {
  const trimmed = source.trim();
  if (!trimmed) return { problem: 'personalPatternEmpty' };
  if (trimmed.length > MAX_PATTERN_LENGTH) return { problem: 'personalPatternTooLong' };
  let regex: RegExp;
  try {
    regex = new RegExp(trimmed, 'giu');
  } catch {
    return { problem: 'personalPatternInvalid' };
  }
  if (nestsRepetition(trimmed)) return { problem: 'personalPatternNested' };
  if (regex.test('')) return { problem: 'personalPatternMatchesEmpty' };
  return { regex };
}

/** A compiled pattern with the time it has spent in the current scan. */
export interface RunningPattern {
  regex: RegExp;
  spentMs: number;
}

export function runningPatterns(sources: readonly string[]): RunningPattern[] {
  const out: RunningPattern[] = [];
  for (const source of sources.slice(0, MAX_PATTERNS)) {
    const compiled = compilePattern(source);
    if ('regex' in compiled) out.push({ regex: compiled.regex, spentMs: 0 });
  }
  return out;
}

/** Matches of every pattern still within its budget; `now` is injectable for tests. */
export function findPatterns(
  text: string,
  patterns: readonly RunningPattern[],
  now: () => number = () => performance.now(),
): Match[] {
  const out: Match[] = [];
  const bounded = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  for (const pattern of patterns) {
    if (pattern.spentMs > PATTERN_BUDGET_MS) continue;
    const began = now();
    const { regex } = pattern;
    regex.lastIndex = 0;
    for (let found = regex.exec(bounded); found; found = regex.exec(bounded)) {
      if (found[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      out.push({ start: found.index, end: found.index + found[0].length, kind: 'pattern' });
      if (out.length > 1000) break;
    }
    pattern.spentMs += now() - began;
  }
  return out;
}
