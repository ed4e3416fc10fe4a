/** Finding controls the way a person (and a screen reader) does: by their label or name. */

export async function waitFor<T>(find: () => T | null | undefined | false, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out: ${find.toString()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The control a <label> with exactly this text names. */
export function byLabel(root: ParentNode, text: string): HTMLInputElement | HTMLTextAreaElement | null {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent?.trim() !== text) continue;
    const id = label.getAttribute('for');
    const control = id ? root.querySelector(`[id="${id}"]`) : label.querySelector('input, textarea, select');
    if (control) return control as HTMLInputElement;
  }
  return null;
}

/** A button whose accessible name (aria-label, else its text) is exactly `name`. */
export function button(root: ParentNode, name: string): HTMLButtonElement | null {
  for (const b of root.querySelectorAll('button')) {
    const accessible = b.getAttribute('aria-label') ?? b.textContent?.trim();
    if (accessible === name) return b;
  }
  return null;
}

export function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

export function leave(control: HTMLElement): void {
  control.dispatchEvent(new FocusEvent('blur'));
  control.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

/** Lets Preact render what the last event changed (it batches renders into a later task). */
export function rendered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
