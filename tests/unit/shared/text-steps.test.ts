/** Sentences for typing, choices, keys and page changes. */
import { describe, expect, it } from 'vitest';
import type { SecretKind } from '../../../src/shared/model';
import { generatedSentence, keyLabel } from '../../../src/shared/text';
import { step, target } from './steps';

const customer = target('textbox', 'Customer', 'input');

describe('typing', () => {
  it('quotes the value and the field', () => {
    expect(generatedSentence(step('type', { target: customer, value: 'ACME Corp' }))).toBe(
      'Type "ACME Corp" into "Customer"',
    );
  });

  it('says "Clear" when the field was emptied, and "the field" when it has no name', () => {
    expect(generatedSentence(step('type', { target: customer, value: '' }))).toBe('Clear "Customer"');
    expect(generatedSentence(step('type', { target: target('textbox', ''), value: 'x' }))).toBe(
      'Type "x" into the field',
    );
  });

  const secrets: [SecretKind, string][] = [
    ['password', 'Type your password into "Password"'],
    ['card', 'Type the card details into "Password"'],
    ['one-time-code', 'Type the one-time code into "Password"'],
    ['private', 'Type the private value into "Password"'],
  ];
  it.each(secrets)('names a %s secret without its value or length', (kind, expected) => {
    const value = 'hunter2-correct-horse';
    const s = step('type', { target: target('textbox', 'Password'), secret: true, secretKind: kind, value });
    const text = generatedSentence(s);
    expect(text).toBe(expected);
    expect(text).not.toContain('hunter2');
    expect(text).not.toMatch(/\d/);
    expect(text).not.toContain('*');
  });

  it('treats a secret of unknown kind as private', () => {
    const s = step('type', { target: customer, secret: true, value: 'x' });
    expect(generatedSentence(s)).toBe('Type the private value into "Customer"');
  });

  it('names a marked input by its label instead of the example value', () => {
    const s = step('type', { target: customer, value: 'ACME Corp', input: { label: 'Customer name' } });
    expect(generatedSentence(s)).toBe('Type the customer name into "Customer"');
    const acronym = step('type', { target: customer, value: 'DE123', input: { label: 'VAT number' } });
    expect(generatedSentence(acronym)).toBe('Type the VAT number into "Customer"');
  });
});

describe('choices', () => {
  it('selects an option by its visible label, or its value when it has none', () => {
    const country = target('combobox', 'Country', 'select');
    expect(generatedSentence(step('select', { target: country, option: 'Germany', value: 'de' }))).toBe(
      'Select "Germany" in "Country"',
    );
    expect(generatedSentence(step('select', { target: country, option: '', value: 'de' }))).toBe(
      'Select "de" in "Country"',
    );
  });

  it('checks and unchecks a checkbox', () => {
    const paid = target('checkbox', 'Paid', 'input');
    expect(generatedSentence(step('check', { target: paid, checked: true, control: 'checkbox' }))).toBe(
      'Check "Paid"',
    );
    expect(generatedSentence(step('check', { target: paid, checked: false, control: 'checkbox' }))).toBe(
      'Uncheck "Paid"',
    );
  });

  it('chooses a radio option and turns a switch on or off', () => {
    expect(
      generatedSentence(
        step('check', { target: target('radio', 'Express'), checked: true, control: 'radio' }),
      ),
    ).toBe('Choose "Express"');
    const dark = target('switch', 'Dark mode');
    expect(generatedSentence(step('check', { target: dark, checked: true, control: 'switch' }))).toBe(
      'Switch on "Dark mode"',
    );
    expect(generatedSentence(step('check', { target: dark, checked: false, control: 'switch' }))).toBe(
      'Switch off "Dark mode"',
    );
  });

  it('falls back to the kind of control when it has no name', () => {
    expect(
      generatedSentence(
        step('check', { target: target('checkbox', ' '), checked: true, control: 'checkbox' }),
      ),
    ).toBe('Check the checkbox');
  });
});

describe('keys', () => {
  it('reads shortcuts the way keyboards label them', () => {
    expect(generatedSentence(step('key', { keys: ['Control', 's'] }))).toBe('Press Ctrl+S');
    expect(generatedSentence(step('key', { keys: ['Escape'] }))).toBe('Press Esc');
    expect(keyLabel(['Meta', 'Shift', 'ArrowUp'])).toBe('Cmd+Shift+Up');
    expect(keyLabel([' '])).toBe('Space');
  });

  it('says which field a key was pressed in', () => {
    expect(
      generatedSentence(step('key', { keys: ['Enter'], target: target('searchbox', 'Search', 'input') })),
    ).toBe('Press Enter in "Search"');
  });
});

describe('page changes', () => {
  it('goes to a page by its title on a load or a route change', () => {
    expect(generatedSentence(step('navigate', { kind: 'load', pageTitle: 'Invoices' }))).toBe(
      'Go to "Invoices"',
    );
    expect(generatedSentence(step('navigate', { kind: 'route', pageTitle: 'Invoice 42' }))).toBe(
      'Go to "Invoice 42"',
    );
  });

  it('falls back to host and path when the page has no title', () => {
    const s = step('navigate', {
      kind: 'load',
      pageTitle: ' ',
      url: 'https://billing.example.test/invoices?x=1',
    });
    expect(generatedSentence(s)).toBe('Go to billing.example.test/invoices');
    const root = step('navigate', { kind: 'load', pageTitle: '', url: 'https://example.test/' });
    expect(generatedSentence(root)).toBe('Go to example.test');
  });

  it('tells a new tab from a switch to an open one', () => {
    expect(generatedSentence(step('navigate', { kind: 'tab-open', pageTitle: 'Report' }))).toBe(
      'Switch to the new tab "Report"',
    );
    expect(generatedSentence(step('navigate', { kind: 'tab-switch', pageTitle: 'Inbox' }))).toBe(
      'Switch to the tab "Inbox"',
    );
  });

  it('reads a manual step as its own text', () => {
    expect(generatedSentence(step('manual', { text: 'Ask Finance to approve' }))).toBe(
      'Ask Finance to approve',
    );
  });
});
