/** Sentences for secret clicks, choices and toggles: they say where, never what. */
import { describe, expect, it } from 'vitest';
import type { Step, Target } from '../../../src/shared/model';
import { sentence } from '../../../src/shared/text';

const target = (name: string, role = 'generic'): Target => ({
  role,
  name,
  tag: 'span',
  selectors: [['body > span:nth-child(1)']],
  rect: { x: 0, y: 0, width: 10, height: 10 },
});
const base = { id: 's', procedureId: 'p', position: 1, at: 1, url: 'https://a.example/', pageTitle: 'A' };

describe('secret step sentences', () => {
  it.each<[Step, string]>([
    [
      {
        ...base,
        type: 'click',
        target: target('Bank details'),
        button: 'left',
        clickCount: 1,
        secret: true,
        secretKind: 'private',
      },
      'Click an item in "Bank details"',
    ],
    [
      {
        ...base,
        type: 'click',
        target: target(''),
        button: 'right',
        clickCount: 1,
        secret: true,
        secretKind: 'private',
      },
      'Right-click an item in the private section',
    ],
    [
      {
        ...base,
        type: 'select',
        target: target('Pay band', 'combobox'),
        option: '',
        value: '',
        secret: true,
        secretKind: 'private',
      },
      'Select an option in "Pay band"',
    ],
    [
      {
        ...base,
        type: 'select',
        target: target('Expiry month', 'combobox'),
        option: '',
        value: '',
        secret: true,
        secretKind: 'card',
      },
      'Select an option in "Expiry month"',
    ],
    [
      {
        ...base,
        type: 'check',
        target: target('Bank details', 'radio'),
        checked: true,
        control: 'radio',
        secret: true,
        secretKind: 'private',
      },
      'Choose an option in "Bank details"',
    ],
    [
      {
        ...base,
        type: 'check',
        target: target('Benefits', 'checkbox'),
        checked: false,
        control: 'checkbox',
        secret: true,
        secretKind: 'private',
      },
      'Uncheck the box in "Benefits"',
    ],
    [
      {
        ...base,
        type: 'check',
        target: target('Payroll', 'switch'),
        checked: true,
        control: 'switch',
        secret: true,
        secretKind: 'private',
      },
      'Turn on the switch in "Payroll"',
    ],
  ])('%#: %s', (step, expected) => {
    expect(sentence(step)).toBe(expected);
  });
});
