/** How problems name values: short, quoted, and never a flood of hostile text. */

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
