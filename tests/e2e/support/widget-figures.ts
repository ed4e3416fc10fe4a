/** Figures for issue 11: how many steps name a label or column, and what must never be a step. */
import type { Step } from '../../../src/shared/model';

export interface SentenceFigures {
  steps: number;
  /** Steps that act on something and name it by a label or column, not by its value. */
  named: number;
  /** Steps that act on something (all but page changes). */
  acting: number;
  /** Enter/Tab key steps: they only confirmed a choice or a field. */
  confirmKeys: number;
  /** Typing steps whose value is a prefix of a choice made right after in the same field. */
  filterLetters: number;
}

export function sentenceFigures(steps: readonly Step[]): SentenceFigures {
  const acting = steps.filter((s) => s.target);
  const named = acting.filter((s) => {
    const name = s.target!.name.trim();
    if (!name) return false;
    const value = s.type === 'type' ? s.value : s.type === 'select' ? s.option : undefined;
    return name !== value;
  });
  const confirmKeys = steps.filter(
    (s) => s.type === 'key' && /^(Enter|Tab)$/.test(s.keys.at(-1) ?? ''),
  ).length;
  let filterLetters = 0;
  steps.forEach((s, i) => {
    const next = steps[i + 1];
    if (s.type !== 'type' || !s.value || next?.type !== 'select') return;
    if (next.option.toLowerCase().startsWith(s.value.toLowerCase())) filterLetters++;
  });
  return { steps: steps.length, named: named.length, acting: acting.length, confirmKeys, filterLetters };
}
