/** describe() gives a step's target the name a person would use, and the row when it matters. */
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeElement } from '../../../src/content/describe';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('targets named by the naming rule', () => {
  it('names a value-only grid cell by its column and row, keeping an aria selector by its real name', () => {
    document.body.innerHTML = `<div role="grid">
      <div role="row"><div role="columnheader">Payee</div><div role="columnheader">Payment</div></div>
      <div role="row"><div role="gridcell">Office Depot</div><div role="gridcell" id="p1">0.00</div></div>
      <div role="row"><div role="gridcell">Staples</div><div role="gridcell">0.00</div></div></div>`;
    const target = describeElement(document.getElementById('p1')!);
    expect(target).toMatchObject({ role: 'gridcell', name: 'Payment', row: 'Office Depot' });
    expect(target.selectors.flat().some((s) => s.startsWith('aria/0.00'))).toBe(true);
  });

  it('drops a label colon and leaves targets outside tables without a row', () => {
    document.body.innerHTML = `<label>Balance: <input id="b" value="0"></label>`;
    const target = describeElement(document.getElementById('b')!);
    expect(target.name).toBe('Balance');
    expect(target).not.toHaveProperty('row');
  });

  it('never names an element in a private region from the page around it', () => {
    document.body.innerHTML = `<table><thead><tr><th>Account</th></tr></thead><tbody>
      <tr><td data-handoff-private><span id="x">DE89 3704 0044</span></td></tr><tr><td>Other</td></tr></tbody></table>`;
    const target = describeElement(document.getElementById('x')!);
    expect(JSON.stringify(target)).not.toContain('DE89');
  });
});
