/** Which fields hold secrets: by type, by autocomplete token, by a private wrapper, or by a card number's checksum. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  isSecretByMarkup,
  looksLikeCardNumber,
  PRIVATE_ATTRIBUTE,
  SECRET_CANDIDATES,
  secretKind,
} from '../../../src/content/sensitive';

afterEach(() => {
  document.body.innerHTML = '';
});

function field(html: string, value = ''): HTMLInputElement {
  document.body.innerHTML = html;
  const input = document.body.querySelector('input, textarea') as HTMLInputElement;
  input.value = value;
  return input;
}

/** Valid test numbers (Visa, Mastercard, Amex), each also with one digit changed. */
const CARDS = ['4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005'];
const broken = (card: string) => card.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10));

describe('secretKind', () => {
  it('keeps password fields secret whatever they hold', () => {
    expect(secretKind(field('<input type="password">', 'hunter2'))).toBe('password');
    expect(secretKind(field('<input type="PASSWORD">', ''))).toBe('password');
  });

  it.each([
    ['current-password', 'password'],
    ['new-password', 'password'],
    ['username current-password', 'password'],
    ['one-time-code', 'one-time-code'],
    ['cc-number', 'card'],
    ['cc-csc', 'card'],
    ['cc-exp', 'card'],
    ['section-pay billing CC-NUMBER', 'card'],
  ])('reads autocomplete="%s" as %s', (token, kind) => {
    expect(secretKind(field(`<input type="text" autocomplete="${token}">`, '12'))).toBe(kind);
  });

  it('keeps anything inside a private wrapper secret, at any depth', () => {
    document.body.innerHTML = `<section ${PRIVATE_ATTRIBUTE}><div><input id="a"></div><textarea></textarea></section>`;
    expect(secretKind(document.querySelector('#a')!)).toBe('private');
    expect(secretKind(document.querySelector('textarea')!)).toBe('private');
  });

  it('keeps a field inside an open shadow root under a private host secret', () => {
    document.body.innerHTML = `<div ${PRIVATE_ATTRIBUTE}><x-widget></x-widget></div><x-other></x-other>`;
    const inside = document.querySelector('x-widget')!.attachShadow({ mode: 'open' });
    inside.innerHTML = '<label>Salary <input id="salary"></label>';
    const outside = document.querySelector('x-other')!.attachShadow({ mode: 'open' });
    outside.innerHTML = '<input id="note">';
    expect(secretKind(inside.querySelector('#salary')!)).toBe('private');
    expect(secretKind(outside.querySelector('#note')!)).toBeUndefined();
  });

  it('keeps a private wrapper inside a shadow root secret', () => {
    document.body.innerHTML = '<x-widget></x-widget>';
    const root = document.querySelector('x-widget')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<div ${PRIVATE_ATTRIBUTE}><input></div>`;
    expect(secretKind(root.querySelector('input')!)).toBe('private');
  });

  it.each(CARDS)('treats the card number %s typed into a plain field as secret', (card) => {
    expect(secretKind(field('<input type="text" name="reference">', card))).toBe('card');
    expect(secretKind(field('<textarea></textarea>', card))).toBe('card');
  });

  it.each(CARDS.map(broken))('does not treat the Luhn-invalid %s as secret', (number) => {
    expect(secretKind(field('<input type="text">', number))).toBeUndefined();
  });

  it('leaves ordinary fields alone', () => {
    expect(secretKind(field('<input type="text" autocomplete="name">', 'ACME Corp'))).toBeUndefined();
    expect(secretKind(field('<input type="email" autocomplete="email">', 'a@b.test'))).toBeUndefined();
    expect(secretKind(field('<input type="text">', 'Invoice 4111'))).toBeUndefined();
  });
});

describe('looksLikeCardNumber', () => {
  it('accepts 13 to 19 digits with spaces or dashes that pass the Luhn check', () => {
    for (const card of CARDS) expect(looksLikeCardNumber(card)).toBe(true);
    expect(looksLikeCardNumber('4222222222222')).toBe(true);
  });

  it('refuses wrong checksums, wrong lengths and other characters', () => {
    for (const card of CARDS) expect(looksLikeCardNumber(broken(card))).toBe(false);
    expect(looksLikeCardNumber('0000 0000 0000')).toBe(false);
    expect(looksLikeCardNumber('0'.repeat(20))).toBe(false);
    expect(looksLikeCardNumber('4111 1111 1111 111a')).toBe(false);
    expect(looksLikeCardNumber('')).toBe(false);
  });
});

describe('SECRET_CANDIDATES and isSecretByMarkup', () => {
  it('finds the fields that are secret by their markup', () => {
    document.body.innerHTML = `
      <input id="p" type="password"><input id="c" autocomplete="cc-number">
      <input id="o" autocomplete="one-time-code"><input id="n" autocomplete="new-password">
      <div id="w" ${PRIVATE_ATTRIBUTE}></div><input id="plain"><input id="email" autocomplete="email">`;
    const ids = Array.from(document.querySelectorAll(SECRET_CANDIDATES))
      .filter(isSecretByMarkup)
      .map((e) => e.id);
    expect(ids).toEqual(['p', 'c', 'o', 'n', 'w']);
  });
});
