/** The naming rule: each source of a name, the order of trust, and what never becomes a name. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanLabel, columnHeader, nearbyLabel, personName, rowText } from '../../../src/content/naming';

function page(html: string) {
  document.body.innerHTML = html;
}
const $ = (selector: string) => document.querySelector(selector)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('cleanLabel', () => {
  it('drops trailing colons and asterisks, and a leading required marker', () => {
    expect(cleanLabel('Balance:')).toBe('Balance');
    expect(cleanLabel('  Payee * ')).toBe('Payee');
    expect(cleanLabel('Due date : *')).toBe('Due date');
    expect(cleanLabel('* Amount')).toBe('Amount');
    expect(cleanLabel('Ratio 3:2')).toBe('Ratio 3:2');
  });
});

const GRID = `
  <div role="grid">
    <div role="row"><span role="columnheader">Date</span><span role="columnheader">Payee</span><span role="columnheader">Payment</span></div>
    <div role="row"><span role="gridcell">01/02/2026</span><span role="gridcell">Office Depot</span><span role="gridcell" id="pay1">0.00</span></div>
    <div role="row"><span role="gridcell">01/03/2026</span><span role="gridcell">Staples</span><span role="gridcell" id="pay2"><input id="amount"></span></div>
  </div>`;

describe('column headers', () => {
  it('names an ARIA grid cell whose text is only a value by its column, and says which row', () => {
    page(GRID);
    expect(personName($('#pay1'), '0.00')).toEqual({ name: 'Payment', row: 'Office Depot' });
  });

  it('names an unlabelled input in a grid row by its column', () => {
    page(GRID);
    expect(personName($('#amount'), '')).toEqual({ name: 'Payment', row: 'Staples' });
  });

  it('keeps a cell whose text has words as its own name', () => {
    page(GRID);
    const payee = document.querySelectorAll('[role="gridcell"]')[1]!;
    expect(personName(payee, 'Office Depot')).toEqual({ name: 'Office Depot' });
  });

  it('finds the header of a plain table by column index, counting colspans', () => {
    page(`<table>
      <thead><tr><th colspan="2">Posted</th><th>Payee</th><th>Amount:</th></tr></thead>
      <tbody>
        <tr><td>Mon</td><td>01/02</td><td>Office Depot</td><td><span id="v">12.00</span></td></tr>
        <tr><td colspan="2">01/03</td><td>Staples</td><td id="a">4.50</td></tr>
      </tbody></table>`);
    expect(personName($('#v'), '12.00')).toEqual({ name: 'Amount', row: 'Mon' });
    expect(personName($('#a'), '4.50')).toEqual({ name: 'Amount', row: 'Staples' });
  });

  it('uses aria-colindex when a virtualised grid renders only some columns', () => {
    page(`<div role="grid">
      <div role="row"><div role="columnheader" aria-colindex="7">Deposit</div><div role="columnheader" aria-colindex="8">Memo</div></div>
      <div role="row"><div role="gridcell" aria-colindex="8" id="m"><input></div></div>
    </div>`);
    expect(columnHeader($('#m input'))).toBe('Memo');
  });

  it('gives no column to a table without headers, nor to the header row itself', () => {
    page(`<table><tr><td><input id="x"></td></tr></table>
      <table><tr><th id="h">Amount</th></tr><tr><td>1</td></tr></table>`);
    expect(columnHeader($('#x'))).toBe('');
    expect(columnHeader($('#h'))).toBe('');
  });

  it('gives no row text for an entry row of empty fields, or a lone row', () => {
    page(`<table><thead><tr><th>Payee</th><th>Amount</th></tr></thead>
      <tbody><tr><td><input id="p"></td><td><input id="q"></td></tr><tr><td>Staples</td><td>1.00</td></tr></tbody></table>
      <table><tbody><tr><td>Alone</td><td><button id="b">Delete</button></td></tr></tbody></table>`);
    expect(rowText($('#p'))).toBe('');
    expect(rowText($('#b'))).toBe('');
  });

  it('says the row only when the name alone cannot tell the rows apart', () => {
    page(`<table><thead><tr><th>Invoice</th><th></th><th></th></tr></thead><tbody>
      <tr><td>INV-7</td><td><button id="open7">Open INV-7</button></td><td><button id="del7">Delete</button></td></tr>
      <tr><td>INV-8</td><td><button>Open INV-8</button></td><td><button>Delete</button></td></tr></tbody></table>`);
    expect(personName($('#open7'), 'Open INV-7')).toEqual({ name: 'Open INV-7' });
    expect(personName($('#del7'), 'Delete')).toEqual({ name: 'Delete', row: 'INV-7' });
  });

  it('prefers a row header for the row text', () => {
    page(`<table><thead><tr><th>Date</th><th>Invoice</th><th></th></tr></thead><tbody>
      <tr><td>Mar 3</td><th scope="row">INV-7</th><td><button id="b">Delete</button></td></tr>
      <tr><td>Mar 4</td><th scope="row">INV-8</th><td><button>Delete</button></td></tr></tbody></table>`);
    expect(personName($('#b'), 'Delete')).toEqual({ name: 'Delete', row: 'INV-7' });
  });
});

describe('the other sources, in order of trust', () => {
  it('aria-labelledby without the parts that are the control’s own value', () => {
    page(`<span id="l">Status</span>
      <button id="b" aria-haspopup="listbox" aria-labelledby="l v"><span id="v">Draft</span></button>`);
    expect(personName($('#b'), 'Status Draft')).toEqual({ name: 'Status' });
  });

  it('aria-describedby when nothing labels the field', () => {
    page(`<input id="i" aria-describedby="d"><span id="d">Invoice number</span>`);
    expect(personName($('#i'), '')).toEqual({ name: 'Invoice number' });
  });

  it('a visible label just before the field or its wrapper, without its colon', () => {
    page(`<div class="row"><span>Balance:</span><div class="wrap"><input id="i" value="0"></div></div>`);
    expect(personName($('#i'), '')).toEqual({ name: 'Balance' });
  });

  it('stops at a sibling that is another field: that label is not this one', () => {
    page(`<div><span>Name</span><input><input id="i"></div>`);
    expect(nearbyLabel($('#i'))).toBe('');
  });

  it('takes the label of the native select a widget hid and replaced (Select2 markup)', () => {
    page(`<label for="status">Status</label>
      <select id="status" class="select2-hidden-accessible" aria-hidden="true"><option>Draft</option></select>
      <span class="select2 select2-container"><span class="selection">
        <span id="s2" class="select2-selection" role="combobox" aria-labelledby="s2-value"><span id="s2-value">Draft</span></span>
      </span></span>`);
    expect(personName($('#s2'), 'Draft')).toEqual({ name: 'Status' });
  });

  it('skips an editor toolbar between the label and the editor', () => {
    page(`<div><label>Notes</label><div role="toolbar"><button>B</button></div>
      <div class="container"><div id="e" contenteditable="true"><p>x</p></div></div></div>`);
    expect(personName($('#e'), '')).toEqual({ name: 'Notes' });
  });

  it('the placeholder, then the title, only when nothing better exists', () => {
    page(`<input id="a" placeholder="Search payees" title="Find">
      <input id="b" title="Memo">
      <div><span>Payee</span><input id="c" placeholder="Start typing"></div>`);
    expect(personName($('#a'), '').name).toBe('Search payees');
    expect(personName($('#b'), '').name).toBe('Memo');
    // The computed name came from the placeholder only: a visible label is trusted more.
    expect(personName($('#c'), 'Start typing').name).toBe('Payee');
  });

  it('a column header is trusted over aria-labelledby, a label and a placeholder', () => {
    page(`<span id="l">Enter amount</span><table><thead><tr><th>Payment</th></tr></thead>
      <tbody><tr><td><span>Amt</span><input id="i" aria-labelledby="missing" aria-describedby="l" placeholder="0.00"></td></tr></tbody></table>`);
    expect(personName($('#i'), '0.00').name).toBe('Payment');
  });

  it('keeps the page’s own accessible name when it is a real label, cleaned', () => {
    page(`<label>Balance: <input id="i" value="0"></label>`);
    expect(personName($('#i'), 'Balance:')).toEqual({ name: 'Balance' });
  });

  it('never names a field by its value', () => {
    page(`<input id="i" value="ACME Corp">`);
    expect(personName($('#i'), 'ACME Corp').name).toBe('');
  });
});

describe('private regions', () => {
  it('never takes a name or row text from a private region', () => {
    page(`<table><thead><tr><th>Account</th><th>Amount</th></tr></thead><tbody>
      <tr data-handoff-private><td>DE89 3704 0044</td><td id="a">10.00</td></tr>
      <tr><td>Other</td><td>1</td></tr></tbody></table>
      <span id="secret" data-handoff-private>Patient Jane Roe</span><input id="i" aria-describedby="secret">`);
    expect(personName($('#a'), '10.00')).toEqual({ name: 'Amount' });
    expect(personName($('#i'), '').name).toBe('');
  });
});

describe('dropdown buttons labelled by their own caption', () => {
  it('drops the caption part of aria-labelledby, even with decorations in the button', () => {
    page(`<span id="label">Status</span>
      <button id="b" aria-haspopup="listbox" aria-labelledby="value label"><span id="value">Draft</span><span aria-hidden="true"> ▾</span></button>`);
    expect(personName($('#b'), 'Draft Status')).toEqual({ name: 'Status' });
  });
});
