/** Typed values as the person meant them, and date fields recognised as dates. */
import { afterEach, describe, expect, it } from 'vitest';
import { intendedValue, isDateField, shownDate } from '../../../src/content/typed';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('intendedValue', () => {
  it('drops a zero default that the typing landed beside', () => {
    expect(intendedValue('0', '02500')).toBe('2500');
    expect(intendedValue('0.00', '0.0084.20')).toBe('84.20');
  });

  it('keeps every other value as typed: masks, real prefilled values, text', () => {
    expect(intendedValue('$0.00', '$2,500.00')).toBe('$2,500.00');
    expect(intendedValue('', '(555) 123-4567')).toBe('(555) 123-4567');
    expect(intendedValue('10', '105')).toBe('105');
    expect(intendedValue('0', '100')).toBe('100');
    expect(intendedValue('0', 'Net 30')).toBe('Net 30');
    expect(intendedValue(undefined, '007')).toBe('007');
    expect(intendedValue('0', '0')).toBe('0');
  });
});

describe('date fields', () => {
  it('knows native date inputs and text fields marked as dates', () => {
    document.body.innerHTML = `<input type="date" id="a">
      <input id="b" placeholder="MM/DD/YYYY" value="12/31/2026">
      <input id="c" name="amount" value="12/31/2026">
      <input id="d" class="flatpickr-input" value="12/31/2026">
      <input id="e" class="reference" value="2026-12-31">`;
    const byId = (id: string) => document.getElementById(id)!;
    expect(isDateField(byId('a'))).toBe(true);
    expect(isDateField(byId('b'))).toBe(true);
    expect(isDateField(byId('c'))).toBe(false);
    expect(isDateField(byId('d'))).toBe(true);
    expect(isDateField(byId('e'))).toBe(false);
  });

  it('says a native date as the page language writes it', () => {
    document.body.innerHTML = `<div lang="en-US"><input type="date" id="a"></div><div lang="de-DE"><input type="date" id="b"></div>`;
    expect(shownDate(document.getElementById('a')!, '2026-12-31')).toBe('12/31/2026');
    expect(shownDate(document.getElementById('b')!, '2026-12-31')).toBe('31.12.2026');
  });
});
