/** Sentences for choices in custom widgets, tabs, switches and steps in a table row. */
import { describe, expect, it } from 'vitest';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import { generatedSentence } from '../../../src/shared/text';
import { step, target } from './steps';

const category = target('combobox', 'Category', 'input');

describe('choices', () => {
  it('chooses in a listbox, or types and chooses when the typed text is the option', () => {
    const chosen = step('select', { target: category, option: 'General', value: 'gen', widget: 'listbox' });
    expect(generatedSentence(chosen)).toBe('Choose "General" in "Category"');
    const payee = target('combobox', 'Payee', 'input');
    const typed = step('select', {
      target: payee,
      option: 'Office Depot',
      value: 'Office Depot',
      widget: 'listbox',
      typed: true,
    });
    expect(generatedSentence(typed)).toBe('Type "Office Depot" into "Payee" and choose it');
  });

  it('chooses without "the field" when nothing names the list', () => {
    const s = step('select', {
      target: target('listbox', ''),
      option: 'Sent',
      value: 'Sent',
      widget: 'listbox',
    });
    expect(generatedSentence(s)).toBe('Choose "Sent"');
  });

  it('opens a menu and chooses an item', () => {
    const s = step('select', {
      target: target('button', 'More'),
      option: 'Export',
      value: 'Export',
      widget: 'menu',
    });
    expect(generatedSentence(s)).toBe('Open the "More" menu and choose "Export"');
    const unnamed = step('select', {
      target: target('menu', ''),
      option: 'Export',
      value: 'Export',
      widget: 'menu',
    });
    expect(generatedSentence(unnamed)).toBe('Choose "Export" in the menu');
  });

  it('sets a date, written as the page writes it', () => {
    const s = step('select', {
      target: target('textbox', 'Due date'),
      option: '12/31/2026',
      value: '12/31/2026',
      widget: 'date',
    });
    expect(generatedSentence(s)).toBe('Set "Due date" to 12/31/2026');
  });

  it('never says a secret choice', () => {
    const s = step('select', {
      target: category,
      option: '',
      value: '',
      secret: true,
      secretKind: 'private',
      widget: 'listbox',
    });
    expect(generatedSentence(s)).toBe('Choose the private value in "Category"');
  });

  it('keeps "Select" for a native select', () => {
    expect(generatedSentence(step('select', { target: category, option: 'USD', value: 'usd' }))).toBe(
      'Select "USD" in "Category"',
    );
  });

  it('speaks German too', () => {
    const s = step('select', { target: category, option: 'Allgemein', value: 'gen', widget: 'listbox' });
    expect(generatedSentence(s, catalogMessages('de'))).toBe('„Allgemein“ in „Category“ wählen');
  });
});

describe('tabs, switches and rows', () => {
  it('opens a tab', () => {
    const s = step('click', { target: target('tab', 'Invoices'), button: 'left', clickCount: 1 });
    expect(generatedSentence(s)).toBe('Open the "Invoices" tab');
  });

  it('switches a switch on', () => {
    const s = step('check', { target: target('switch', 'Auto-renew'), checked: true, control: 'switch' });
    expect(generatedSentence(s)).toBe('Switch on "Auto-renew"');
  });

  it('says which row a cell or field is in', () => {
    const cell = { ...target('gridcell', 'Payment'), row: 'Office Depot' };
    expect(generatedSentence(step('click', { target: cell, button: 'left', clickCount: 1 }))).toBe(
      'Click the "Payment" cell in the row for "Office Depot"',
    );
    const field = { ...target('textbox', 'Payment', 'input'), row: 'Staples' };
    expect(generatedSentence(step('type', { target: field, value: '84.20', secret: false }))).toBe(
      'Type "84.20" into "Payment" in the row for "Staples"',
    );
  });
});
