/**
 * Issue 9's recorder rules: once secret always secret, secret hints on fields with no markup,
 * split card numbers, AltGr/Option characters in secret fields, secret selects and toggles, and
 * private regions for every kind of step (names say where, selectors hold no private attribute).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../../../src/content/describe';
import { kindFromWords } from '../../../src/content/secret-hints';
import { secretRects } from '../../../src/content/secret-rects';
import { secretKind } from '../../../src/content/sensitive';
import { blur, change, focus, keyDown, pointerDown, record, typeText } from './dom-events';

let recorder: ReturnType<typeof record> | undefined;

function page(html: string) {
  document.body.innerHTML = html;
  recorder = record();
}

afterEach(() => {
  recorder?.stop();
  recorder = undefined;
  document.body.innerHTML = '';
});

/** happy-dom lays nothing out: give an element a box so secretRects sees it on screen. */
function place(element: Element, x = 10, y = 10, width = 200, height = 30) {
  element.getBoundingClientRect = () => new DOMRect(x, y, width, height);
}

// happy-dom 21 has no HTMLOptionElement.label; browsers give the label attribute or the text.
const had = Object.getOwnPropertyDescriptor(HTMLOptionElement.prototype, 'label');
beforeAll(() => {
  if (had) return;
  Object.defineProperty(HTMLOptionElement.prototype, 'label', {
    configurable: true,
    get(this: HTMLOptionElement) {
      return this.getAttribute('label') ?? this.text.replace(/\s+/g, ' ').trim();
    },
  });
});
afterAll(() => {
  if (!had) Reflect.deleteProperty(HTMLOptionElement.prototype, 'label');
});

describe('once secret, always secret', () => {
  it('keeps a password field secret after a Show toggle turns it into a text field', () => {
    page(
      '<label for="pw">New password</label><input id="pw" name="new" type="password"><button>Show</button>',
    );
    const field = document.querySelector('input')!;
    focus(field);
    typeText(field, 'Hunter2');
    field.type = 'text';
    typeText(field, '-fixed');
    blur(field);
    const drafts = recorder!.drafts();
    expect(drafts).toMatchObject([{ type: 'type', secret: true, secretKind: 'password' }]);
    expect(JSON.stringify(drafts)).not.toContain('Hunter2');
  });

  it('keeps covering a revealed field that was seen as a password by an earlier screenshot', () => {
    document.body.innerHTML = '<input id="pw" type="password" value="Hunter2">';
    const field = document.querySelector('input')!;
    place(field);
    expect(secretRects()).toHaveLength(1);
    field.type = 'text';
    expect(secretRects()).toHaveLength(1);
    expect(secretKind(field)).toBe('password');
  });

  it('keeps a field secret after it leaves a private region', () => {
    document.body.innerHTML = '<div data-handoff-private><input id="ref"></div>';
    const field = document.querySelector('input')!;
    expect(secretKind(field)).toBe('private');
    document.body.append(field);
    document.querySelector('div')!.remove();
    expect(secretKind(field)).toBe('private');
  });
});

describe('secret hints for fields with no markup', () => {
  it.each([
    ['<input name="confirm_pin">', 'password'],
    ['<input id="userPassword">', 'password'],
    ['<label for="x">Confirm passcode</label><input id="x">', 'password'],
    ['<input placeholder="PIN">', 'password'],
    ['<input aria-label="CVV">', 'card'],
    ['<label>Security code <input></label>', 'card'],
    ['<input name="cardNumber">', 'card'],
    ['<input name="otp">', 'one-time-code'],
    ['<label for="c">Verification code</label><input id="c">', 'one-time-code'],
    ['<span id="l">One-time code</span><input aria-labelledby="l">', 'one-time-code'],
  ])('%s is secret (%s)', (html, kind) => {
    document.body.innerHTML = html;
    expect(secretKind(document.querySelector('input')!)).toBe(kind);
  });

  it.each([
    '<input name="shipping">',
    '<input name="spinner">',
    '<input placeholder="Customer">',
    '<label>Passenger name <input></label>',
    '<input name="company" value="4111">',
  ])('%s is not secret', (html) => {
    document.body.innerHTML = html;
    expect(secretKind(document.querySelector('input')!)).toBeUndefined();
  });

  it('reads words in camelCase, snake_case and kebab-case', () => {
    expect(kindFromWords('cc-csc')).toBe('card');
    expect(kindFromWords('newPassword')).toBe('password');
    expect(kindFromWords('sms_code')).toBe('one-time-code');
  });

  it('types into a hinted field as a secret step', () => {
    page('<label for="c">Confirm passcode</label><input id="c" name="confirm_pin">');
    const field = document.querySelector('input')!;
    focus(field);
    typeText(field, 'Hunter2');
    blur(field);
    expect(recorder!.drafts()).toMatchObject([
      { type: 'type', secret: true, secretKind: 'password', target: { name: 'Confirm passcode' } },
    ]);
  });
});

describe('card numbers split across boxes', () => {
  const boxes = (legend: string) =>
    `<fieldset><legend>${legend}</legend>${'<input maxlength="4">'.repeat(4)}</fieldset><div><label>Post code <input id="other" maxlength="5"></label></div>`;

  it('makes every box secret when the group says card', () => {
    page(boxes('Card number'));
    const [first, second] = document.querySelectorAll('fieldset input');
    focus(first!);
    typeText(first as HTMLInputElement, '4242');
    blur(first!);
    expect(recorder!.drafts()).toMatchObject([{ type: 'type', secret: true, secretKind: 'card' }]);
    expect(secretKind(second!)).toBe('card');
    expect(secretKind(document.getElementById('other')!)).toBeUndefined();
  });

  it('recognises an unlabelled split card number by its checksum', () => {
    document.body.innerHTML = `<div>${'<input maxlength="4">'.repeat(4)}</div>`;
    const inputs = [...document.querySelectorAll('input')];
    for (const [i, part] of ['4242', '4242', '4242', '4242'].entries()) inputs[i]!.value = part;
    expect(secretKind(inputs[3]!)).toBe('card');
    expect(secretKind(inputs[0]!)).toBe('card');
  });

  it('leaves short boxes alone when nothing says card (a date in three boxes)', () => {
    document.body.innerHTML =
      '<div><input maxlength="2" value="12"><input maxlength="2" value="31"><input maxlength="4" value="2026"></div>';
    expect(secretKind(document.querySelector('input')!)).toBeUndefined();
  });
});

describe('keys in secret fields', () => {
  it.each([
    ['@', { ctrlKey: true, altKey: true }],
    ['€', { ctrlKey: true, altKey: true }],
    ['{', { ctrlKey: true, altKey: true }],
    ['ø', { altKey: true }],
    ['s', { ctrlKey: true }],
    ['Backspace', {}],
  ])('never records %s typed into a password field', (key, modifiers) => {
    page('<label>Password <input type="password"></label>');
    const field = document.querySelector('input')!;
    focus(field);
    keyDown(field, key, modifiers);
    expect(recorder!.drafts().filter((d) => d.type === 'key')).toEqual([]);
  });

  it('never records AltGr characters in a field that was revealed', () => {
    page('<label>Password <input type="password"></label>');
    const field = document.querySelector('input')!;
    focus(field);
    field.type = 'text';
    keyDown(field, '@', { ctrlKey: true, altKey: true });
    expect(recorder!.drafts().filter((d) => d.type === 'key')).toEqual([]);
  });

  it('still records Enter in a password field, and shortcuts elsewhere', () => {
    page('<label>Password <input type="password"></label><label>Notes <input></label>');
    const [password, notes] = document.querySelectorAll('input');
    focus(password!);
    keyDown(password!, 'Enter');
    focus(notes!);
    keyDown(notes!, '@', { ctrlKey: true, altKey: true });
    expect(recorder!.drafts().filter((d) => d.type === 'key')).toMatchObject([
      { keys: ['Enter'] },
      { keys: ['Control', 'Alt', '@'] },
    ]);
  });
});

describe('secret selects and toggles', () => {
  it('stores no option of a select with a cc- autocomplete token', () => {
    page(
      '<label for="m">Expiry month</label><select id="m" autocomplete="cc-exp-month"><option value="01">01</option><option value="09">09 – September</option></select>',
    );
    const select = document.querySelector('select')!;
    select.value = '09';
    change(select);
    const drafts = recorder!.drafts();
    expect(drafts).toMatchObject([
      {
        type: 'select',
        secret: true,
        secretKind: 'card',
        option: '',
        value: '',
        target: { name: 'Expiry month' },
      },
    ]);
    expect(JSON.stringify(drafts)).not.toContain('September');
  });
});

describe('private regions cover every kind of step', () => {
  const region = `
    <fieldset data-handoff-private id="acct-7731-42" data-testid="bank-7731-42">
      <legend>Bank details</legend>
      <label><input type="radio" name="acct" id="r-7731-42" aria-label="Account ending 7731-42"> Account ending 7731-42</label>
      <label><input type="radio" name="acct" id="r-9902-17"> Account ending 9902-17</label>
      <label for="band">Pay band</label>
      <select id="band" name="band-58210"><option>Band 6 – 51,000</option><option>Band 7 – 58,210 a year</option></select>
      <label>Pay band note <select id="embedded"><option>Band 7 – 58,210 a year</option></select></label>
      <a href="#" id="emp-jordan" data-testid="Jordan Privateperson">Jordan Privateperson</a>
      <label for="ref">Internal reference</label><input id="ref" name="ref-7731">
    </fieldset>`;
  const planted = ['7731', '9902', '58,210', 'Jordan', 'Privateperson', 'Band 7'];
  const leaks = (value: unknown) => planted.filter((p) => JSON.stringify(value).includes(p));

  it('a radio button: its group names it, its label is not stored', () => {
    page(region);
    const radio = document.getElementById('r-7731-42') as HTMLInputElement;
    radio.checked = true;
    change(radio);
    const drafts = recorder!.drafts();
    expect(drafts).toMatchObject([
      {
        type: 'check',
        control: 'radio',
        secret: true,
        secretKind: 'private',
        target: { name: 'Bank details' },
      },
    ]);
    expect(leaks(drafts)).toEqual([]);
  });

  it('a select: its label names it, the option is not stored', () => {
    page(region);
    const select = document.getElementById('band') as HTMLSelectElement;
    select.selectedIndex = 1;
    change(select);
    const embedded = document.getElementById('embedded') as HTMLSelectElement;
    change(embedded);
    const drafts = recorder!.drafts();
    expect(drafts).toMatchObject([
      { type: 'select', secret: true, option: '', value: '', target: { name: 'Pay band' } },
      { type: 'select', secret: true, option: '', value: '', target: { name: 'Pay band note' } },
    ]);
    expect(leaks(drafts)).toEqual([]);
  });

  it('a click on private text: the step says where, with positional selectors only', () => {
    page(region);
    pointerDown(document.getElementById('emp-jordan')!);
    const drafts = recorder!.drafts();
    expect(drafts).toMatchObject([
      { type: 'click', secret: true, secretKind: 'private', target: { name: 'Bank details' } },
    ]);
    expect(leaks(drafts)).toEqual([]);
    const selectors = (drafts[0] as { target: { selectors: string[][] } }).target.selectors;
    expect(selectors.flat().join(' ')).not.toMatch(/emp-jordan|acct|bank|#|\[/);
    expect(document.querySelector(selectors[0]![0]!)).toBe(document.getElementById('emp-jordan'));
  });

  it('typing: the field keeps its label, the value and the field’s ids stay out', () => {
    page(region);
    const field = document.getElementById('ref') as HTMLInputElement;
    focus(field);
    typeText(field, 'PRIVATE-ref-7731');
    blur(field);
    const drafts = recorder!.drafts();
    expect(drafts).toMatchObject([
      { type: 'type', secret: true, secretKind: 'private', target: { name: 'Internal reference' } },
    ]);
    expect(leaks(drafts)).toEqual([]);
  });

  it('keys pressed in a private region carry no private name', () => {
    page(region);
    const link = document.getElementById('emp-jordan')!;
    keyDown(link, 'Escape');
    expect(leaks(recorder!.drafts())).toEqual([]);
  });

  it('names a region by its own label when no group is labelled', () => {
    document.body.innerHTML =
      '<section data-handoff-private="Salary"><span id="x">58,210</span></section><section aria-label="Bank details" data-handoff-private><span id="y">7731</span></section>';
    expect(describeTarget(document.getElementById('x')!).name).toBe('Salary');
    expect(describeTarget(document.getElementById('y')!).name).toBe('Bank details');
  });
});
