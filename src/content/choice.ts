/**
 * Choices made through custom widgets, folded into the one step a person would write:
 * - an option of a listbox or an item of a menu, clicked or confirmed with Enter, is
 *   `Choose "General" in "Category"`; the letters typed to filter the list are not a step;
 * - the click that opened the list or menu is held back and, when a choice follows, folded into it
 *   (`Open the "More" menu and choose "Export"`); when none follows it is sent as the click it was;
 * - a day picked in a calendar is `Set "Due date" to 12/31/2026`; moving between months is not a step;
 * - an ARIA switch, checkbox or radio that is not a native input is a check step, like a native one.
 * Secret owners and private regions give a secret choice: neither option nor value leaves the page.
 */

import {
  CALENDAR,
  calendarPart,
  dateText,
  dayLabel,
  looksLikeDateInput,
  segmentGroup,
  watchSegmentedDates,
} from './date-parts';
import { isTextEntry } from './describe';
import type { Draft, Sink } from './events';
import { cellOf } from './naming';
import { fieldValue, secretKind } from './sensitive';
import { watchTabKeys } from './tab-keys';
import { watchToggles } from './toggles';

export interface EditAccess {
  /** The text field being edited (or last edited), and the value it had when focused. */
  current(): { element: Element; initial: string | undefined } | undefined;
  /** Ends the edit without a step: its letters only filtered a list. */
  discard(): void;
  /** Sends the pending edit now, before a step that follows it. */
  flush(): void;
  /**
   * Stops tracking the pending edit without sending it, and hands it over: Tab in an open list may
   * choose its highlighted option (then the letters only filtered) or not (then they are the value),
   * which only the widget's reaction after the key tells.
   */
  detach(): { element: Element; send(): void } | undefined;
}

export interface Choices {
  /** The sink the event table emits through: sends a held opener click before anything else. */
  sink: Sink;
  /** A press (pointerdown, or a keyboard click) on `element`; true when it was handled here. */
  press(element: Element, event: MouseEvent): boolean;
  /** A key; true when it only confirmed a choice (then it is not a step). */
  key(element: Element | undefined, event: KeyboardEvent): boolean;
  /** A change event; true when it belongs to a date picker's own controls (its month list). */
  change(element: Element): boolean;
  listeners: ReadonlyArray<readonly [string, (event: Event) => void]>;
}

const OPTION_ROLES = new Set(['option', 'menuitem', 'menuitemradio', 'menuitemcheckbox']);
const POPUP = '[role="listbox"], [role="menu"], [role="menubar"], [role="tree"], [role="grid"]';
const OPENER_POPUPS = new Set(['true', 'menu', 'listbox', 'dialog', 'grid', 'tree']);
/** An opener click with no choice after it is sent anyway, late rather than never. */
const HOLD_MS = 30_000;
/** A calendar sets its field in its own click handler; this long after the press it has. */
const DATE_SETTLE_MS = 800;
/** A widget that chooses on Tab does so in its key handler; this long after the key it has. */
const TAB_CHOICE_SETTLE_MS = 50;

function epoch(event: Event): number {
  return performance.timeOrigin + event.timeStamp;
}

function isOption(element: Element): boolean {
  return element.tagName !== 'OPTION' && OPTION_ROLES.has(element.getAttribute('role') ?? '');
}

function isComboboxLike(element: Element): boolean {
  return element.getAttribute('role') === 'combobox' || element.hasAttribute('aria-autocomplete');
}

function isOpener(element: Element): boolean {
  if (isTextEntry(element) || element.getAttribute('aria-expanded') === 'true') return false;
  const popup = (element.getAttribute('aria-haspopup') ?? '').toLowerCase();
  return OPENER_POPUPS.has(popup) || element.getAttribute('role') === 'combobox';
}

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What the option says: its label part when it has one (options often carry a description too). */
function optionLabel(option: Element): string {
  const label = option.querySelector('[slot="label"]');
  return flat(option.getAttribute('aria-label')) || flat(label?.textContent) || flat(option.textContent);
}

/** The focused element, inside open shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function refersTo(element: Element, id: string): boolean {
  return ['aria-controls', 'aria-owns'].some((a) =>
    (element.getAttribute(a) ?? '').split(/\s+/).includes(id),
  );
}

export function createChoices(base: Sink, edits: EditAccess): Choices {
  let held: { element: Element; draft: Draft; at: number; timer: ReturnType<typeof setTimeout> } | undefined;
  let datePick:
    | { day: Element; owner: Element | undefined; before: string; at: number; done: boolean }
    | undefined;

  // Not through `sink`: a calendar button held at that moment belongs to the pick that follows.
  const segmented = watchSegmentedDates(base);
  const tabs = watchTabKeys(base);

  const release = () => {
    const h = held;
    if (!h) return;
    held = undefined;
    clearTimeout(h.timer);
    base.emit(h.draft, h.at);
  };
  /** The held opener, consumed by the choice it led to. */
  const take = () => {
    const h = held;
    held = undefined;
    if (h) clearTimeout(h.timer);
    return h?.element;
  };

  const sink: Sink = {
    emit: (draft, at) => {
      settleTabChoice();
      tabs.settle();
      release();
      base.emit(draft, at);
    },
    describe: (element) => base.describe(element),
  };
  const toggles = watchToggles(sink);

  /**
   * The field or button the list or menu belongs to: the combobox being typed in, else the button
   * just pressed to open it, else whatever says it controls the popup.
   */
  const ownerOf = (popup: Element | null, option: Element, hint?: Element): Element | undefined => {
    const usable = (e: Element | null | undefined): e is Element =>
      !!e && e.isConnected && e !== document.body && e !== option && !popup?.contains(e);
    if (usable(hint)) return hint;
    const active = deepActive();
    const id = popup?.id;
    if (
      usable(active) &&
      isComboboxLike(active) &&
      (!id || !active.hasAttribute('aria-controls') || refersTo(active, id))
    )
      return active;
    const opener = held?.element;
    if (usable(opener)) return opener;
    const edited = edits.current()?.element;
    if (id && usable(edited) && refersTo(edited, id)) return edited;
    return labelledByOpener(popup) ?? (id ? controller(popup!, id) : undefined);
  };

  /** What choosing `option` would record, read before the widget redraws or removes it. */
  const intentOf = (option: Element, hint?: Element): ChoiceIntent => {
    const popup = option.closest(POPUP);
    const menu =
      /^menu/.test(popup?.getAttribute('role') ?? '') || /^menuitem/.test(option.getAttribute('role') ?? '');
    const owner = ownerOf(popup, option, hint);
    const edit = edits.current();
    const typedText = edit !== undefined && edit.element === owner ? flat(fieldValue(edit.element)) : '';
    return { option, popup, owner, menu, typedText };
  };

  const emitChoice = (intent: ChoiceIntent, at: number) => {
    const { option, popup, owner, menu, typedText } = intent;
    take();
    const target = base.describe(owner ?? popup ?? option);
    const widget = menu ? 'menu' : 'listbox';
    const kind = (owner && secretKind(owner)) || secretKind(option);
    if (kind) {
      base.emit(
        { type: 'select', target, option: '', value: '', secret: true, secretKind: kind, widget },
        at,
      );
      return;
    }
    let label = intent.label ?? optionLabel(option);
    let typed = typedText !== '' && typedText.toLowerCase() === label.toLowerCase();
    // "Add "Office Depot"…": an autocomplete's offer to create what was typed.
    if (!typed && typedText && /^(add|create)\b/i.test(label) && label.includes(typedText)) {
      label = typedText;
      typed = true;
    }
    const value = intent.value ?? option.getAttribute('data-value') ?? label;
    base.emit(
      {
        type: 'select',
        target,
        option: label.slice(0, 1000),
        value: value.slice(0, 1000),
        widget,
        ...(typed ? { typed: true as const } : {}),
      },
      at,
    );
  };

  const choose = (option: Element, at: number, hint?: Element) => {
    const intent = intentOf(option, hint);
    const edit = edits.current();
    if (edit !== undefined && edit.element === intent.owner) edits.discard();
    else edits.flush();
    emitChoice(intent, at);
  };

  /**
   * Tab in an open list: React Aria, MUI (autoSelect) and Tom Select (selectOnTab) choose the
   * highlighted option, others only leave the field. The edit waits until the widget has acted.
   */
  let tabPick:
    | (ChoiceIntent & { at: number; shown: string; wasSelected: boolean; edit?: { send(): void } })
    | undefined;
  let tabPickTimer: ReturnType<typeof setTimeout> | undefined;

  const holdTabChoice = (field: Element, option: Element, at: number) => {
    settleTabChoice();
    const intent = intentOf(option, field);
    if (intent.owner !== field) return;
    const label = optionLabel(option);
    const detached = edits.detach();
    tabPick = {
      ...intent,
      label,
      value: option.getAttribute('data-value') ?? label,
      at,
      shown: shownText(field, intent.popup),
      wasSelected: option.getAttribute('aria-selected') === 'true',
      edit: detached?.element === field ? detached : undefined,
    };
    // A different field's edit (none should be pending) is sent as it was.
    if (detached && detached.element !== field) detached.send();
    tabPickTimer = setTimeout(settleTabChoice, TAB_CHOICE_SETTLE_MS);
  };

  function settleTabChoice() {
    const pick = tabPick;
    tabPick = undefined;
    clearTimeout(tabPickTimer);
    if (!pick) return;
    const field = pick.owner!;
    const label = (pick.label ?? '').toLowerCase();
    const chosen =
      field.isConnected &&
      (flat(fieldValue(field)).toLowerCase() === label ||
        (!pick.wasSelected &&
          pick.option.isConnected &&
          pick.option.getAttribute('aria-selected') === 'true') ||
        (!pick.shown.includes(label) && shownText(field, pick.popup).includes(label)));
    if (chosen) emitChoice(pick, pick.at);
    else pick.edit?.send();
  }

  /**
   * The day's field: the segmented date field whose button opened the calendar, else the focused
   * input, else the text field last edited when it looks like a date field (a picker's input).
   */
  const dateOwner = (): Element | undefined => {
    const opener = held?.element;
    if (opener?.isConnected) return segmentGroup(opener) ?? opener;
    const active = deepActive();
    if (active instanceof HTMLInputElement) return active;
    const edit = edits.current()?.element;
    if (edit?.isConnected && edit instanceof HTMLInputElement && looksLikeDateInput(edit)) return edit;
    return undefined;
  };

  const settleDate = () => {
    const pick = datePick;
    if (!pick || pick.done) return;
    pick.done = true;
    datePick = undefined;
    const owner = pick.owner?.isConnected ? pick.owner : undefined;
    const now = owner ? dateText(owner) : '';
    const shown = (now && now !== pick.before ? now : dayLabel(pick.day)).slice(0, 1000);
    if (owner && edits.current()?.element === owner) edits.discard();
    take();
    const target = base.describe(owner ?? pick.day);
    const kind = owner && secretKind(owner);
    base.emit(
      kind
        ? { type: 'select', target, option: '', value: '', secret: true, secretKind: kind, widget: 'date' }
        : { type: 'select', target, option: shown, value: shown, widget: 'date' },
      pick.at,
    );
  };

  const press = (element: Element, event: MouseEvent): boolean => {
    if (event.button !== 0) return false;
    const at = epoch(event);
    if (isOption(element)) {
      if (element.getAttribute('aria-disabled') === 'true') return true;
      choose(element, at);
      return true;
    }
    const part = calendarPart(element);
    if (part === 'nav') return true;
    if (part === 'day') {
      const owner = dateOwner();
      datePick = { day: element, owner, before: owner ? dateText(owner) : '', at, done: false };
      setTimeout(settleDate, DATE_SETTLE_MS);
      return true;
    }
    // A button beside a segmented date field opens its calendar, whatever its ARIA says.
    if (isOpener(element) || (element.tagName === 'BUTTON' && segmentGroup(element))) {
      edits.flush();
      release();
      const click = { type: 'click', target: base.describe(element), button: 'left', clickCount: 1 } as const;
      // As the event table marks it: text inside a private region is private.
      const kind = secretKind(element);
      const draft: Draft = kind ? { ...click, secret: true, secretKind: kind } : click;
      held = { element, draft, at, timer: setTimeout(release, HOLD_MS) };
      return true;
    }
    if (/^(switch|checkbox|radio)$/.test(element.getAttribute('role') ?? '') && element.tagName !== 'INPUT') {
      edits.flush();
      return toggles.press(element, at);
    }
    toggles.watch(element, at);
    return false;
  };

  const key = (element: Element | undefined, event: KeyboardEvent): boolean => {
    if (!element || event.ctrlKey || event.metaKey || event.altKey) return false;
    const at = epoch(event);
    if (tabs.key(element, event, at)) return true;
    if ((event.key === 'Enter' || event.key === ' ') && isOption(element)) {
      choose(element, at);
      return true;
    }
    if (event.key === 'Enter' && isTextEntry(element) && !isComboboxLike(element)) {
      // Enter in a grid cell's editor only commits the cell, which the typing step already says;
      // Enter in a form's field may submit it, and stays a step.
      if ((element as HTMLInputElement).form || !cellOf(element)) return false;
      edits.flush();
      return true;
    }
    if ((event.key !== 'Enter' && event.key !== 'Tab') || !isComboboxLike(element)) return false;
    const activeId = element.getAttribute('aria-activedescendant');
    const root = element.getRootNode() as Document | ShadowRoot;
    const active = activeId ? root.getElementById?.(activeId) : null;
    if (event.key === 'Tab') {
      // Tab is never a step of its own; whether it chose is known once the widget has acted.
      if (active && isOption(active) && element.getAttribute('aria-expanded') === 'true') {
        holdTabChoice(element, active, at);
      }
      return true;
    }
    if (active && isOption(active)) {
      choose(active, at, element);
      return true;
    }
    // Enter in an open list with nothing highlighted only closes it; the typed text is the edit.
    return element.getAttribute('aria-expanded') === 'true';
  };

  const change = (element: Element): boolean => {
    toggles.change(element);
    return !isTextEntry(element) && element.closest(CALENDAR) !== null;
  };

  return {
    sink,
    press,
    key,
    change,
    listeners: [
      // The calendar's own click handler runs after this capture listener: read the field after it.
      [
        'click',
        (event) => {
          if (!event.isTrusted) return;
          if (datePick) setTimeout(settleDate, 0);
          toggles.clicked();
        },
      ],
      ...segmented.listeners,
      [
        'pagehide',
        () => {
          settleTabChoice();
          tabs.settle();
          settleDate();
          segmented.settle();
          release();
        },
      ],
    ],
  };
}

interface ChoiceIntent {
  option: Element;
  popup: Element | null;
  owner: Element | undefined;
  menu: boolean;
  /** What the person had typed into the owner to filter the list. */
  typedText: string;
  /** Read ahead when the option may be gone by the time the step is sent. */
  label?: string;
  value?: string;
}

/**
 * The text a combobox's own box shows around its field (a chosen item's chip, a selected value),
 * lower-cased: the few ancestors that hold the field but not its list.
 */
function shownText(field: Element, popup: Element | null): string {
  let box: Element = field;
  for (let i = 0; i < 3; i++) {
    const up = box.parentElement;
    if (!up || up === document.body || (popup && up.contains(popup))) break;
    box = up;
  }
  return flat(box.textContent).toLowerCase();
}

/** Menus are often labelled by the button that opens them. */
function labelledByOpener(popup: Element | null): Element | undefined {
  const id = popup?.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  if (!id) return undefined;
  const ref = (popup!.getRootNode() as Document | ShadowRoot).getElementById?.(id);
  return ref && (ref.tagName === 'BUTTON' || ref.getAttribute('aria-haspopup')) ? ref : undefined;
}

/** The element whose aria-controls names the popup: one attribute query, only when nothing else told. */
function controller(popup: Element, id: string): Element | undefined {
  const root = popup.getRootNode() as Document | ShadowRoot;
  const escaped = CSS.escape(id);
  return root.querySelector(`[aria-controls~="${escaped}"], [aria-owns~="${escaped}"]`) ?? undefined;
}
