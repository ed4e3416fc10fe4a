/**
 * Trusted DOM events for the event table. happy-dom marks every dispatched event untrusted, as
 * browsers do for dispatchEvent; the recorder ignores those, so tests that act as the person
 * redefine isTrusted on the event instance (an own property shadows the prototype's getter).
 */
import { describe as describeElement } from '../../../src/content/describe';
import { createEventTable, type Draft, type Sink } from '../../../src/content/events';

export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export interface Emitted {
  draft: Draft;
  at: number | undefined;
}

/** Attaches the event table to the window as the recorder does; returns what it emits. */
export function record() {
  const emitted: Emitted[] = [];
  const sink: Sink = {
    emit: (draft, at) => emitted.push({ draft, at }),
    describe: (element) => describeElement(element),
  };
  const table = createEventTable(sink);
  for (const [type, listener] of table) window.addEventListener(type, listener, true);
  const stop = () => {
    for (const [type, listener] of table) window.removeEventListener(type, listener, true);
  };
  return { emitted, drafts: () => emitted.map((e) => e.draft), stop };
}

const init = { bubbles: true, composed: true, cancelable: true };

export function pointerDown(element: Element, options: { button?: number; isTrusted?: boolean } = {}) {
  const event = new PointerEvent('pointerdown', { ...init, isPrimary: true, button: options.button ?? 0 });
  element.dispatchEvent(options.isTrusted === false ? event : trusted(event));
}

/** Keyboard activation of a button or link: a click with detail 0. */
export function keyboardClick(element: Element) {
  element.dispatchEvent(trusted(new MouseEvent('click', { ...init, detail: 0 })));
}

export function focus(element: Element) {
  element.dispatchEvent(trusted(new FocusEvent('focusin', { ...init })));
}

export function blur(element: Element) {
  element.dispatchEvent(trusted(new FocusEvent('focusout', { ...init })));
}

/** Types `text` one character at a time, as input events after each keystroke. */
export function typeText(field: HTMLInputElement | HTMLTextAreaElement, text: string, isTrusted = true) {
  for (const char of text) {
    field.value += char;
    const event = new InputEvent('input', { ...init, data: char, inputType: 'insertText' });
    field.dispatchEvent(isTrusted ? trusted(event) : event);
  }
}

export function change(element: Element, isTrusted = true) {
  const event = new Event('change', { bubbles: true });
  element.dispatchEvent(isTrusted ? trusted(event) : event);
}

export function keyDown(
  element: Element,
  key: string,
  modifiers: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean } = {},
  isTrusted = true,
) {
  const event = new KeyboardEvent('keydown', { ...init, key, ...modifiers });
  element.dispatchEvent(isTrusted ? trusted(event) : event);
}
