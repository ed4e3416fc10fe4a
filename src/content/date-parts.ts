/**
 * Date pickers as the recorder sees them: which part of a calendar was pressed (a day, or a move
 * between months), what a date field shows, and segmented date fields (React Aria's DateField,
 * MUI X's sectioned pickers), whose typing is read from the segments when focus leaves them.
 */
import { isTextEntry } from './describe';
import type { Sink } from './events';
import { fieldValue, secretKind } from './sensitive';

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const CALENDAR =
  '[class*="calendar" i], [class*="datepicker" i], [class*="date-picker" i], [class*="flatpickr" i], [class*="daypicker" i]';

/** The date a calendar day stands for, as its label says it ("Choose Thursday, December 31st, 2026"). */
export function dayLabel(day: Element): string {
  return flat(day.getAttribute('aria-label') || day.getAttribute('title') || day.textContent).replace(
    /^(choose|select|pick)\s+/i,
    '',
  );
}

const DAY_CLASS = /(^|[\s_-])(day|date)($|[\s_-])/i;
const NAV = /prev|next|month|year|arrow/i;

/** A day or a month/year control inside a date picker's calendar, else undefined. */
export function calendarPart(element: Element): 'day' | 'nav' | undefined {
  if (isTextEntry(element) || element.tagName === 'SELECT') return undefined;
  const calendar = element.closest(CALENDAR);
  if (!calendar) return undefined;
  const label = `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('class') ?? ''}`;
  const text = flat(element.textContent);
  if (/^\d{1,2}$/.test(text) && (DAY_CLASS.test(element.getAttribute('class') ?? '') || /\d{4}/.test(label)))
    return 'day';
  if (NAV.test(label) || NAV.test(element.getAttribute('title') ?? '') || (!/\p{L}/u.test(text) && !text))
    return 'nav';
  return undefined;
}

const SEGMENT = '[role="spinbutton"]';
/** Direction marks and isolates that segmented fields put around their parts. */
const BIDI = /[\u200e\u200f\u2066-\u2069]/g;

/** The group of date segments `element` is in or belongs to (its calendar button), if any. */
export function segmentGroup(element: Element): Element | undefined {
  const group = element.closest('[role="group"]');
  return group?.querySelector(SEGMENT) ? group : undefined;
}

/** "12/31/2026" from the segments and the separators between them, without the group's buttons. */
export function segmentText(group: Element): string {
  const first = group.querySelector(SEGMENT);
  return flat(first?.parentElement?.textContent)
    .replace(BIDI, '')
    .replace(/\s*([/.-])\s*/g, '$1');
}

/** A date picker's own input, by what its attributes say. */
const DATE_INPUT = /date|calendar|picker|flatpickr/i;
export function looksLikeDateInput(input: HTMLInputElement): boolean {
  return DATE_INPUT.test(`${input.type} ${input.className} ${input.name} ${input.id} ${input.placeholder}`);
}

/** What a date field shows now: an input's value, or a segmented field's segments. */
export function dateText(owner: Element): string {
  return owner.querySelector(SEGMENT) ? segmentText(owner) : flat(fieldValue(owner));
}

/**
 * Segmented date fields take keys in spinbutton segments and cancel the input events: the date
 * set is read from the segments when focus leaves the group, as one step.
 */
export function watchSegmentedDates(sink: Sink): {
  settle(): void;
  listeners: ReadonlyArray<readonly [string, (event: Event) => void]>;
} {
  let segments: { group: Element; before: string; at: number } | undefined;

  const settle = () => {
    const s = segments;
    segments = undefined;
    if (!s?.group.isConnected) return;
    const now = segmentText(s.group);
    if (now === s.before || !/\d/.test(now) || /[a-z]/i.test(now)) return;
    const kind = secretKind(s.group);
    const target = sink.describe(s.group);
    sink.emit(
      kind
        ? { type: 'select', target, option: '', value: '', secret: true, secretKind: kind, widget: 'date' }
        : { type: 'select', target, option: now.slice(0, 1000), value: now.slice(0, 1000), widget: 'date' },
      s.at,
    );
  };

  const onFocusIn = (event: Event) => {
    if (!event.isTrusted) return;
    const first = event.composedPath()[0];
    const group = first instanceof Element ? segmentGroup(first) : undefined;
    if (group === segments?.group) return;
    settle();
    if (group) segments = { group, before: segmentText(group), at: performance.timeOrigin + event.timeStamp };
  };

  const onFocusOut = (event: Event) => {
    if (!event.isTrusted || !segments) return;
    const next = (event as FocusEvent).relatedTarget;
    if (next instanceof Node && segments.group.contains(next)) return;
    settle();
  };

  return {
    settle,
    listeners: [
      ['focusin', onFocusIn],
      ['focusout', onFocusOut],
    ],
  };
}
