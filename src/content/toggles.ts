/**
 * Switches, checkboxes and radios that are not plain native inputs: ARIA ones (a button with
 * role=switch) are a check step on press; and widgets that draw their own (React Aria's) often keep
 * the label's click from reaching the input and set it themselves, so no change event comes: the
 * state after the click tells. A native toggle's change event arrives first and cancels this.
 */
import type { Sink } from './events';
import { secretKind } from './sensitive';

export function watchToggles(sink: Sink): {
  /** A press on an ARIA toggle: true when it was one (its check step is sent). */
  press(element: Element, at: number): boolean;
  /** A press on a label or input: remember its state, to compare after the click. */
  watch(element: Element, at: number): void;
  /** A change event: the native path records it, nothing to compare. */
  change(element: Element): void;
  /** After a trusted click: compare once the widget's own handlers have run. */
  clicked(): void;
} {
  let toggle: { input: HTMLInputElement; before: boolean; at: number } | undefined;

  const emitCheck = (
    element: Element,
    checked: boolean,
    control: 'switch' | 'checkbox' | 'radio',
    at: number,
  ) => {
    const draft = { type: 'check', target: sink.describe(element), checked, control } as const;
    // As the event table marks them: a toggle inside a private region is private.
    const kind = secretKind(element);
    sink.emit(kind ? { ...draft, secret: true, secretKind: kind } : draft, at);
  };

  const settle = () => {
    const t = toggle;
    toggle = undefined;
    if (!t?.input.isConnected || t.input.checked === t.before) return;
    const control =
      t.input.getAttribute('role') === 'switch' ? 'switch' : (t.input.type as 'checkbox' | 'radio');
    emitCheck(t.input, t.input.checked, control, t.at);
  };

  return {
    press(element, at) {
      const role = element.getAttribute('role') ?? '';
      if (!/^(switch|checkbox|radio)$/.test(role) || element.tagName === 'INPUT') return false;
      const checked = role === 'radio' ? true : element.getAttribute('aria-checked') !== 'true';
      emitCheck(element, checked, role as 'switch' | 'checkbox' | 'radio', at);
      return true;
    },
    watch(element, at) {
      const control = element.tagName === 'LABEL' ? (element as HTMLLabelElement).control : element;
      if (control?.tagName === 'INPUT' && /^(checkbox|radio)$/.test((control as HTMLInputElement).type)) {
        const input = control as HTMLInputElement;
        toggle = { input, before: input.checked, at };
      }
    },
    change(element) {
      if (toggle?.input === element) toggle = undefined;
    },
    clicked() {
      if (toggle) setTimeout(settle, 0);
    },
  };
}
