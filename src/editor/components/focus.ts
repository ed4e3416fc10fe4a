/**
 * Keeps keyboard focus on the step being moved. Preact reorders list items by moving DOM nodes,
 * and moving a node that contains focus blurs it (the node is removed, then inserted), so the
 * control is found again and focused after the list has re-rendered.
 */

/** A control inside a step, named by its data-focus attribute. */
export type FocusKey = 'sentence' | 'up' | 'down' | 'more' | 'delete' | 'handle';

export function focusStepControl(stepId: string, key: FocusKey, fallback: FocusKey = 'sentence'): void {
  requestAnimationFrame(() => {
    const item = document.querySelector(`[data-step-id="${CSS.escape(stepId)}"]`);
    if (!item) return;
    const find = (k: FocusKey) => item.querySelector<HTMLElement>(`[data-focus="${k}"]:not(:disabled)`);
    const target = find(key) ?? find(fallback);
    if (target && document.activeElement !== target) target.focus();
    target?.scrollIntoView({ block: 'nearest' });
  });
}

/** Which control inside a step has focus, if any. */
export function focusedKey(within: Element): FocusKey | undefined {
  const active = document.activeElement;
  if (!active || !within.contains(active)) return undefined;
  return ((active as HTMLElement).dataset?.focus as FocusKey | undefined) ?? undefined;
}
