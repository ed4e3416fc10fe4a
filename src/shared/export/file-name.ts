/** Download names from titles: letters and digits of any script kept, everything else a hyphen. */

const MAX_STEM = 80;

export function fileStem(title: string): string {
  const stem = Array.from(
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  )
    .slice(0, MAX_STEM)
    .join('')
    .replace(/-+$/, '');
  return stem || 'procedure';
}
