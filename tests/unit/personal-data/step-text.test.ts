/**
 * Personal data never reaches step text (background/personal-text.ts): typed values and chosen
 * options make the step secret with its kind; names, rows, titles and addresses keep their other
 * words; selectors that hold it are dropped. And the sentences say the kind, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { ELIDED, elideAddress, withoutPersonalText } from '../../../src/background/personal-text';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import type { Step, Target } from '../../../src/shared/model';
import { DETECTED_KINDS, type DetectedKind, findPersonalData } from '../../../src/shared/personal-data/index';
import { runningPatterns } from '../../../src/shared/personal-data/patterns';
import { generatedSentence } from '../../../src/shared/text';

const detectAll = (text: string) => findPersonalData(text, new Set(DETECTED_KINDS));
const detectOnly =
  (...kinds: DetectedKind[]) =>
  (text: string) =>
    findPersonalData(text, new Set(kinds));

const target: Target = {
  role: 'textbox',
  name: 'Email',
  tag: 'input',
  selectors: [['#email'], ['input[name="email"]']],
  rect: { x: 1, y: 2, width: 100, height: 20 },
};
const base = {
  id: 's1',
  procedureId: 'p1',
  position: 1,
  at: 1,
  url: 'https://crm.example/customers',
  pageTitle: 'Customers',
};
const en = catalogMessages('en');
const de = catalogMessages('de');

describe('typed values', () => {
  it('become a secret of their kind, the value dropped', () => {
    const step = withoutPersonalText(
      { ...base, type: 'type', target, secret: false, value: 'jane.doe@example.com' } as Step,
      detectAll,
    );
    expect(step).toMatchObject({ type: 'type', secret: true, secretKind: 'email' });
    expect('value' in step).toBe(false);
    expect(generatedSentence(step, en)).toBe('Type the customer\'s email into "Email"');
    expect(generatedSentence(step, de)).toBe('die E-Mail-Adresse des Kunden in „Email“ eingeben');
  });
  it('say each kind by name', () => {
    const said = (value: string) =>
      generatedSentence(
        withoutPersonalText({ ...base, type: 'type', target, secret: false, value } as Step, detectAll),
        en,
      );
    expect(said('+49 30 12345678')).toBe('Type the customer\'s phone number into "Email"');
    expect(said('DE89 3704 0044 0532 0130 00')).toBe('Type the customer\'s IBAN into "Email"');
    expect(said('219-09-9999')).toBe('Type the customer\'s ID number into "Email"');
    expect(said('4111 1111 1111 1111')).toBe('Type the card details into "Email"');
    expect(said('10.0.0.12')).toBe('Type the IP address into "Email"');
  });
  it('stay when their kind is off, or hold none', () => {
    const typed = { ...base, type: 'type', target, secret: false, value: 'jane.doe@example.com' } as Step;
    expect(withoutPersonalText(typed, detectOnly('phone'))).toEqual(typed);
    const plain = { ...typed, value: 'Order 2024-555-0134 shipped' } as Step;
    expect(withoutPersonalText(plain, detectAll)).toEqual(plain);
  });
  it('matching an own pattern read as a private value', () => {
    const patterns = runningPatterns(['CUST-\\d{6}']);
    const step = withoutPersonalText(
      { ...base, type: 'type', target, secret: false, value: 'CUST-123456' } as Step,
      (text) => findPersonalData(text, new Set(), patterns),
    );
    expect(generatedSentence(step, en)).toBe('Type the private value into "Email"');
  });
});

describe('choices and clicks', () => {
  it('a chosen option holding personal data is not kept', () => {
    const step = withoutPersonalText(
      { ...base, type: 'select', target, option: 'Jane <jane@example.com>', value: 'u7' } as Step,
      detectAll,
    );
    expect(step).toMatchObject({ option: '', value: '', secret: true, secretKind: 'email' });
  });
  it('a click on an element named by personal data says its kind', () => {
    const link = { ...target, role: 'link', tag: 'a', name: 'jane.doe@example.com' };
    const step = withoutPersonalText(
      { ...base, type: 'click', target: link, button: 'left', clickCount: 1 } as Step,
      detectAll,
    );
    expect(step).toMatchObject({ secret: true, secretKind: 'email', target: { name: ELIDED } });
    expect(generatedSentence(step, en)).toBe("Click the customer's email");
    expect(generatedSentence(step, de)).toBe('Auf die E-Mail-Adresse des Kunden klicken');
  });
});

describe('text a step keeps about the page', () => {
  it('loses only the matches: row, title, address; selectors holding one are dropped', () => {
    const row = {
      ...target,
      role: 'button',
      name: 'Open',
      row: 'Ada Lovelace ada@analytical.example +44 20 7946 0958',
    };
    const withSelectors = {
      ...row,
      selectors: [
        ['#open-7'],
        ['a[href="mailto:ada@analytical.example"]'],
        ['tr:nth-child(2) > td > button'],
      ],
    };
    const step = withoutPersonalText(
      {
        ...base,
        url: 'https://crm.example/customers/ada%40analytical.example',
        pageTitle: 'Inbox – ada@analytical.example',
        type: 'click',
        target: withSelectors,
        button: 'left',
        clickCount: 1,
      } as Step,
      detectAll,
    );
    expect(step).toMatchObject({
      pageTitle: `Inbox – ${ELIDED}`,
      url: `https://crm.example/customers/${ELIDED}`,
      target: {
        name: 'Open',
        row: `Ada Lovelace ${ELIDED} ${ELIDED}`,
        selectors: [['#open-7'], ['tr:nth-child(2) > td > button']],
      },
    });
    expect('secret' in step).toBe(false);
    expect(JSON.stringify(step)).not.toMatch(/analytical|7946/);
  });
  it('keeps a site served from an IP address as it is, eliding only its path', () => {
    expect(elideAddress('http://192.168.1.1:8080/admin', detectAll)).toBe('http://192.168.1.1:8080/admin');
    expect(elideAddress('http://10.0.0.2/users/ada%40analytical.example', detectAll)).toBe(
      `http://10.0.0.2/users/${ELIDED}`,
    );
  });
  it('leaves an address without personal data exactly as it was', () => {
    expect(elideAddress('https://crm.example/a%20b?x=…', detectAll)).toBe('https://crm.example/a%20b?x=…');
  });
});
