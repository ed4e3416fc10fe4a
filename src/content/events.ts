/**
 * The table of DOM events → step drafts. Every listener is in the capture phase on the window and
 * ignores untrusted events, so a page can neither hide actions from the recorder (it would have
 * to stop propagation before the window sees them) nor invent steps with dispatchEvent.
 */
import type { Target } from '../shared/model';
import type { ObservedEvent } from '../shared/protocol';
import { isExtensionShortcut } from '../shared/shortcuts';
import { createChoices } from './choice';
import { interactiveTarget, isTextEntry } from './describe';
import { fieldValue, privateRegion, secretByValue, secretKind } from './sensitive';
import { typedDraft } from './typed';

type BaseKey =
  | 'eventId'
  | 'seq'
  | 'at'
  | 'url'
  | 'pageTitle'
  | 'viewport'
  | 'sensitiveRects'
  | 'placementUnknown';
type DraftOf<E> = E extends ObservedEvent ? Omit<E, BaseKey> : never;
export type Draft = DraftOf<ObservedEvent>;

export interface Sink {
  /** `at` overrides the event time (typing is placed when it happened, not when it ended). */
  emit(draft: Draft, at?: number): void;
  describe(element: Element): Target;
}

/** Epoch milliseconds for an event: timeStamp is relative to the document's time origin. */
export function epochOf(event: Event): number {
  return performance.timeOrigin + event.timeStamp;
}

function isToggle(element: Element): boolean {
  return element.tagName === 'INPUT' && /^(checkbox|radio)$/.test((element as HTMLInputElement).type);
}

/** What a label click acts on: its control, since the label itself only forwards the click. */
function effective(element: Element): Element {
  if (element.tagName === 'LABEL') return (element as HTMLLabelElement).control ?? element;
  return element;
}

const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);
/** Shortcuts that edit text inside a field; the typing step already says what the field holds. */
const EDITING_KEYS = new Set(['a', 'c', 'v', 'x', 'z', 'y']);

/** Elements on which Enter makes the browser fire a click (HTML activation behaviour). */
const NATIVE_ACTIVATION =
  'button, a[href], summary, input[type="submit" i], input[type="button" i], input[type="reset" i], input[type="image" i]';

/** The synthetic click of an implicit form submission comes in the same task as the Enter. */
const IMPLICIT_SUBMIT_MS = 100;

interface FieldEdit {
  element: Element;
  /** The value before the edit; undefined when unknown (the field had focus before recording began). */
  initial: string | undefined;
  lastInputAt: number;
  dirty: boolean;
}

export function createEventTable(pageSink: Sink): ReadonlyArray<readonly [string, (event: Event) => void]> {
  let edit: FieldEdit | undefined;
  // Choices through comboboxes, menus and date pickers fold several events into one step.
  const choices = createChoices(pageSink, {
    current: () => edit,
    discard: () => {
      if (edit) edit.dirty = false;
    },
    flush: () => flush(),
    detach: () => {
      const held = edit;
      edit = undefined;
      return held && { element: held.element, send: () => send(held) };
    },
  });
  const sink = choices.sink;
  /** When Enter was last pressed in a field: the form's implicit submission follows with a click. */
  let enterInFieldAt = Number.NEGATIVE_INFINITY;

  const currentValue = (element: Element) => fieldValue(element) ?? '';

  /** Emits the pending field edit, if the value really changed since the field got focus. */
  const flush = () => send(edit);

  const send = (pending: FieldEdit | undefined) => {
    if (!pending?.dirty) return;
    pending.dirty = false;
    const value = currentValue(pending.element);
    if (value === pending.initial) return;
    const before = pending.initial;
    pending.initial = value;
    const kind = secretKind(pending.element);
    const target = sink.describe(pending.element);
    sink.emit(
      kind
        ? { type: 'type', target, secret: true, secretKind: kind }
        : typedDraft(pending.element, target, before, value),
      pending.lastInputAt,
    );
  };

  const track = (element: Element, knownInitial = true) => {
    if (edit?.element === element) return;
    flush();
    const initial = knownInitial ? currentValue(element) : undefined;
    // Decided as the field gets focus and remembered: a "Show" toggle later cannot make it public.
    secretKind(element);
    edit = { element, initial, lastInputAt: 0, dirty: false };
  };

  const deepTarget = (event: Event): Element | undefined => {
    const first = event.composedPath()[0];
    return first instanceof Element ? first : undefined;
  };

  const clickDraft = (element: Element, event: MouseEvent): Draft | undefined => {
    const acted = effective(element);
    // Typing, choices and toggles are recorded by what they change, not by the click into them.
    if (isTextEntry(acted) || acted.tagName === 'SELECT' || acted.tagName === 'OPTION' || isToggle(acted)) {
      return undefined;
    }
    const button = event.button === 1 ? 'middle' : event.button === 2 ? 'right' : 'left';
    const draft = {
      type: 'click',
      target: sink.describe(element),
      button,
      clickCount: Math.max(1, event.detail),
    } as const;
    // Text inside a private region is private: the step says where, never what.
    return privateRegion(element) ? { ...draft, secret: true, secretKind: 'private' } : draft;
  };

  const onPointerDown = (event: Event) => {
    const e = event as PointerEvent;
    if (!e.isTrusted || !e.isPrimary) return;
    const element = interactiveTarget(e.composedPath());
    if (!element) return;
    if (choices.press(element, e)) return;
    if (edit && effective(element) !== edit.element) flush();
    const draft = clickDraft(element, e);
    if (draft) sink.emit(draft, epochOf(e));
  };

  /** Keyboard activation (Enter or Space on a button or link) fires click with detail 0. */
  const onClick = (event: Event) => {
    const e = event as MouseEvent;
    if (!e.isTrusted || e.detail !== 0) return;
    // Enter in a field submits its form by clicking the default button; "Press Enter" says it all.
    if (e.timeStamp - enterInFieldAt < IMPLICIT_SUBMIT_MS) return;
    const element = interactiveTarget(e.composedPath());
    if (!element) return;
    if (choices.press(element, e)) return;
    const draft = clickDraft(element, e);
    if (draft) sink.emit(draft, epochOf(e));
  };

  const onFocusIn = (event: Event) => {
    if (!event.isTrusted) return;
    const element = deepTarget(event);
    if (element && isTextEntry(element)) track(element);
  };

  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    const element = deepTarget(event);
    if (!element || !isTextEntry(element)) return;
    // A card number typed or pasted into a plain field is secret from this keystroke on.
    secretByValue(element);
    // No focusin seen: the value already includes this input (a paste may be all of it).
    track(element, false);
    edit!.dirty = true;
    edit!.lastInputAt = epochOf(event);
  };

  const onFocusOut = (event: Event) => {
    if (!event.isTrusted) return;
    if (edit && deepTarget(event) === edit.element) flush();
  };

  const onChange = (event: Event) => {
    if (!event.isTrusted) return;
    const element = deepTarget(event);
    if (!element || choices.change(element)) return;
    if (element.tagName === 'SELECT') {
      const select = element as HTMLSelectElement;
      const kind = secretKind(select);
      const option = select.selectedOptions[0];
      sink.emit(
        kind
          ? {
              type: 'select',
              target: sink.describe(select),
              option: '',
              value: '',
              secret: true,
              secretKind: kind,
            }
          : {
              type: 'select',
              target: sink.describe(select),
              option: option?.label ?? '',
              value: select.value,
            },
        epochOf(event),
      );
    } else if (isToggle(element)) {
      const input = element as HTMLInputElement;
      const control =
        input.getAttribute('role') === 'switch' ? 'switch' : (input.type as 'checkbox' | 'radio');
      const kind = secretKind(input);
      const draft = { type: 'check', target: sink.describe(input), checked: input.checked, control } as const;
      sink.emit(kind ? { ...draft, secret: true, secretKind: kind } : draft, epochOf(event));
    } else if (edit?.element === element) {
      flush();
    }
  };

  const onKeyDown = (event: Event) => {
    const e = event as KeyboardEvent;
    if (!e.isTrusted || e.repeat || MODIFIERS.has(e.key) || e.isComposing) return;
    // Firefox hands the page the key press of Handoff's own start/stop command too.
    if (isExtensionShortcut(e)) return;
    const element = deepTarget(e);
    // In a secret field only Enter and Escape may become steps: AltGr and Option characters arrive
    // as Ctrl+Alt or Alt shortcuts, and recording them would spell the password out key by key.
    if (element && secretKind(element) && e.key !== 'Enter' && e.key !== 'Escape') return;
    if (choices.key(element, e)) return;
    const inField = element !== undefined && isTextEntry(element);
    const modifiers = [
      e.ctrlKey && 'Control',
      e.metaKey && 'Meta',
      e.altKey && 'Alt',
      e.shiftKey && 'Shift',
    ].filter((m): m is string => typeof m === 'string');
    const shortcut =
      (e.ctrlKey || e.metaKey || e.altKey) && !(inField && EDITING_KEYS.has(e.key.toLowerCase()));
    if (e.key === 'Enter' && !shortcut) {
      if (element?.tagName === 'TEXTAREA' || (element as HTMLElement | undefined)?.isContentEditable) return;
      // Enter in a field may submit the form and unload the page: the typing must be sent first.
      if (inField) {
        flush();
        enterInFieldAt = e.timeStamp;
      }
      // On a native button or link, Enter fires a (trusted) click, which is the step. ARIA buttons
      // get no click from the browser, and a page's own el.click() is untrusted: keep the key there.
      if (element && !inField && element.closest(NATIVE_ACTIVATION)) return;
    } else if (e.key !== 'Escape' && !shortcut) {
      return;
    }
    const target = element && element !== document.body ? sink.describe(element) : undefined;
    sink.emit({ type: 'key', keys: [...modifiers, e.key], ...(target ? { target } : {}) }, epochOf(e));
  };

  /** The page is going away: whatever was typed must not be lost. */
  const onPageHide = () => flush();

  return [
    ['pointerdown', onPointerDown],
    ['click', onClick],
    ['focusin', onFocusIn],
    ['input', onInput],
    ['focusout', onFocusOut],
    ['change', onChange],
    ['keydown', onKeyDown],
    ['pagehide', onPageHide],
    ...choices.listeners,
  ];
}
