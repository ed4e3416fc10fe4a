/**
 * Entry names a Handoff archive may contain. Anything that could be read as leaving the archive
 * (`..`, absolute paths, drive letters, backslashes that Windows treats as separators) is refused
 * outright, even though import never writes files: such an archive was not made by Handoff.
 */
import { LIMITS } from './limits';

export function pathProblem(name: string): string | undefined {
  if (!name) return 'has an empty name';
  if (name.length > LIMITS.path) return `has a name longer than ${LIMITS.path} characters`;
  if (name.includes('\\')) return 'has a backslash in its name';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'has a control character in its name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'has an absolute path';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..')) return 'points outside the archive';
  if (segments.some((s) => s === '' || s === '.')) return 'has an empty or "." path segment';
  return undefined;
}
