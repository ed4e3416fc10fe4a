/**
 * What a finished edit of a (non-secret) text field means to the person: the value as they meant
 * it, and for a date field, a date set rather than characters typed. Secret fields never get here.
 */
import type { Target } from '../shared/model';
import type { Draft } from './events';

/** A default the page put there for the person to type over: "0", "0.00", "0,0". */
const ZERO_DEFAULT = /^[-+]?0+(?:[.,]0+)?$/;
const PLAIN_NUMBER = /^[-+]?\d[\d.,]*$/;

/**
 * The value the person meant. Typing into a field that held a zero default leaves it beside what
 * was typed ("0" + "2500" = "02500"); the default is not part of the value. Anything else (a
 * formatted currency or phone number from an input mask, a real prefilled value) stays as it is.
 */
export function intendedValue(initial: string | undefined, value: string): string {
  const before = initial?.trim() ?? '';
  if (!ZERO_DEFAULT.test(before) || !PLAIN_NUMBER.test(value) || value === before) return value;
  // Only a default left in front: typing after a selected-all "0" replaces it, and "100" typed
  // over a "0" must stay "100".
  if (!value.startsWith(before)) return value;
  const rest = value.slice(before.length);
  return PLAIN_NUMBER.test(rest) ? rest : value;
}

const NATIVE_DATE = /^(date|datetime-local|month|week)$/;
/** Words and formats that make a text field a date field, in its attributes. */
const DATE_HINT = /date|calendar|flatpickr|\b(dd|mm)[/.-](mm|dd)|yyyy|jj\/mm/i;
const DATE_VALUE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

/** A field that holds a date: a native date input, or a text field marked or shaped as one. */
export function isDateField(element: Element): boolean {
  if (!(element instanceof HTMLInputElement)) return false;
  if (NATIVE_DATE.test(element.type)) return true;
  if (!DATE_VALUE.test(element.value.trim())) return false;
  const hints = ['placeholder', 'name', 'id', 'class', 'aria-label', 'data-input', 'autocomplete']
    .map((a) => element.getAttribute(a) ?? '')
    .join(' ');
  return DATE_HINT.test(hints) || /^(dialog|grid)$/.test(element.getAttribute('aria-haspopup') ?? '');
}

/** A native date input holds 2026-12-31 whatever it shows; say it as the page's language writes it. */
export function shownDate(element: Element, value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!(element instanceof HTMLInputElement) || element.type !== 'date' || !iso) return value;
  const date = new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const lang = element.closest('[lang]')?.getAttribute('lang') || navigator.language;
  try {
    return date.toLocaleDateString(lang, { year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return value; // an invalid lang attribute
  }
}

/** The step for a finished, non-secret edit: typing, or a date set. */
export function typedDraft(
  element: Element,
  target: Target,
  initial: string | undefined,
  value: string,
): Draft {
  if (value && isDateField(element)) {
    const shown = shownDate(element, value.trim()).slice(0, 1000);
    return { type: 'select', target, widget: 'date', option: shown, value: value.trim().slice(0, 1000) };
  }
  return { type: 'type', target, secret: false, value: intendedValue(initial, value).slice(0, 5000) };
}
