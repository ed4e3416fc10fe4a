/** Folding of combobox, listbox, menu, date-picker and ARIA toggle events into one step each. */
import { afterEach, describe, expect, it } from 'vitest';
import { blur, focus, keyDown, pointerDown, record, trusted, typeText } from './dom-events';

let recorder: ReturnType<typeof record>;

function page(html: string) {
  document.body.innerHTML = html;
  recorder = record();
}

afterEach(() => {
  recorder.stop();
  document.body.innerHTML = '';
});

const $ = <E extends Element = HTMLElement>(selector: string) =>
  document.querySelector(selector) as unknown as E;
const input = () => $<HTMLInputElement>('input');

const COMBOBOX = `
  <label for="c">Category</label>
  <input id="c" role="combobox" aria-autocomplete="list" aria-controls="lb" aria-expanded="true">
  <div role="listbox" id="lb">
    <div role="option" id="o1">General</div>
    <div role="option" id="o2">Office Depot</div>
  </div>`;

describe('comboboxes and autocompletes', () => {
  it('records the option chosen by click, not the letters typed to filter the list', () => {
    page(COMBOBOX);
    focus(input());
    typeText(input(), 'Gen');
    pointerDown($('#o1'));
    input().value = 'General'; // what the widget does after the choice
    blur(input());
    expect(recorder.drafts()).toEqual([
      expect.objectContaining({ type: 'select', widget: 'listbox', option: 'General', value: 'General' }),
    ]);
    expect(recorder.drafts()[0]).toMatchObject({ target: { name: 'Category', role: 'combobox' } });
    expect(recorder.drafts()[0]).not.toHaveProperty('typed');
  });

  it('says the typed text was chosen when it is the whole option', () => {
    page(COMBOBOX);
    focus(input());
    typeText(input(), 'office depot');
    pointerDown($('#o2'));
    expect(recorder.drafts()).toMatchObject([{ type: 'select', option: 'Office Depot', typed: true }]);
  });

  it('records Enter on the highlighted option as the choice, and not as a key', () => {
    page(COMBOBOX);
    focus(input());
    typeText(input(), 'Gen');
    input().setAttribute('aria-activedescendant', 'o1');
    keyDown(input(), 'Enter');
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', option: 'General', target: { name: 'Category' } },
    ]);
    expect(recorder.drafts().filter((d) => d.type === 'key')).toEqual([]);
  });

  it('records no key for Enter that only closes an open list', () => {
    page(COMBOBOX);
    focus(input());
    typeText(input(), 'Misc');
    keyDown(input(), 'Enter');
    blur(input());
    expect(recorder.drafts()).toMatchObject([{ type: 'type', value: 'Misc', target: { name: 'Category' } }]);
  });

  it('records an autocomplete offer to create what was typed as the typed text, chosen', () => {
    page(`<label for="c">Payee</label><input id="c" role="combobox" aria-controls="lb" aria-expanded="true">
      <div role="listbox" id="lb"><div role="option" class="create" id="add">Add <strong>Corner Shop</strong>…</div></div>`);
    focus(input());
    typeText(input(), 'Corner Shop');
    pointerDown($('#add'));
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', option: 'Corner Shop', typed: true, target: { name: 'Payee' } },
    ]);
  });

  it('names the choice by the combobox, not by the button that opened its list', () => {
    page(`${COMBOBOX}<button id="open" aria-haspopup="listbox" aria-label="Show suggestions">▾</button>`);
    input().focus(); // the widget keeps focus in its input while its button opens the list
    pointerDown($('#open'));
    pointerDown($('#o1'));
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', option: 'General', target: { name: 'Category' } },
    ]);
  });

  it('keeps a choice in a private region secret', () => {
    page(`<div data-handoff-private>${COMBOBOX}</div>`);
    focus(input());
    typeText(input(), 'Gen');
    pointerDown($('#o1'));
    const [draft] = recorder.drafts();
    expect(draft).toMatchObject({
      type: 'select',
      secret: true,
      secretKind: 'private',
      option: '',
      value: '',
    });
    expect(JSON.stringify(recorder.drafts())).not.toContain('Gen');
  });
});

describe('Tab in an open list', () => {
  /** Longer than the recorder waits for the widget to act on Tab. */
  const widgetActs = () => new Promise((done) => setTimeout(done, 80));

  it('records the highlighted option as the choice when the widget takes it on Tab', async () => {
    page(COMBOBOX);
    focus(input());
    typeText(input(), 'Gen');
    input().setAttribute('aria-activedescendant', 'o1');
    keyDown(input(), 'Tab');
    input().value = 'General'; // React Aria commits the focused item in its Tab handler
    blur(input());
    await widgetActs();
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', widget: 'listbox', option: 'General', target: { name: 'Category' } },
    ]);
    expect(recorder.drafts().some((d) => d.type === 'type' || d.type === 'key')).toBe(false);
  });

  it('records the choice when the widget shows it as a chip beside an emptied field', async () => {
    page(`<label for="c">Vendor</label>
      <div class="control"><input id="c" role="combobox" aria-controls="lb" aria-expanded="true"></div>
      <div role="listbox" id="lb"><div role="option" id="o1" aria-selected="true">Staples</div></div>`);
    focus(input());
    typeText(input(), 'Sta');
    input().setAttribute('aria-activedescendant', 'o1');
    keyDown(input(), 'Tab');
    // Tom Select with selectOnTab: the text goes, an item appears, focus stays in the field.
    input().value = '';
    $('.control').insertAdjacentHTML('afterbegin', '<div class="item">Staples</div>');
    await widgetActs();
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', option: 'Staples', target: { name: 'Vendor' } },
    ]);
  });

  it('keeps the typed text when the widget only lets focus leave', async () => {
    page(COMBOBOX);
    focus(input());
    typeText(input(), 'Gen');
    input().setAttribute('aria-activedescendant', 'o1');
    keyDown(input(), 'Tab');
    blur(input());
    await widgetActs();
    expect(recorder.drafts()).toMatchObject([{ type: 'type', value: 'Gen', target: { name: 'Category' } }]);
  });

  it('sends the choice before a step that comes before the widget has settled', async () => {
    page(`${COMBOBOX}<button id="next">Next</button>`);
    focus(input());
    typeText(input(), 'Gen');
    input().setAttribute('aria-activedescendant', 'o1');
    keyDown(input(), 'Tab');
    input().value = 'General';
    blur(input());
    pointerDown($('#next'));
    await widgetActs();
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', option: 'General' },
      { type: 'click', target: { name: 'Next' } },
    ]);
  });

  it('records no choice for Tab in a closed list, only the typing', async () => {
    page(COMBOBOX);
    input().setAttribute('aria-expanded', 'false');
    focus(input());
    typeText(input(), 'Gen');
    input().setAttribute('aria-activedescendant', 'o1');
    keyDown(input(), 'Tab');
    blur(input());
    await widgetActs();
    expect(recorder.drafts()).toMatchObject([{ type: 'type', value: 'Gen' }]);
  });
});

describe('dropdown buttons and menus', () => {
  it('folds the click that opened a listbox into the choice, named without the current value', () => {
    page(`<span id="l">Status</span>
      <button id="b" aria-haspopup="listbox" aria-labelledby="l b">Draft</button>
      <div role="listbox" aria-labelledby="l"><div role="option">Draft</div><div role="option" id="sent">Sent</div></div>`);
    pointerDown($('#b'));
    expect(recorder.drafts()).toEqual([]);
    pointerDown($('#sent'));
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', widget: 'listbox', option: 'Sent', target: { name: 'Status' } },
    ]);
  });

  it('records a menu choice with the button that opened the menu', () => {
    page(`<button id="more" aria-haspopup="true">More</button>
      <div role="menu" aria-labelledby="more"><div role="menuitem" id="export">Export</div></div>`);
    pointerDown($('#more'));
    pointerDown($('#export'));
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', widget: 'menu', option: 'Export', target: { name: 'More' } },
    ]);
  });

  it('records a menu item chosen with Enter', () => {
    page(`<button id="more" aria-haspopup="menu">More</button>
      <div role="menu" aria-labelledby="more"><div role="menuitem" tabindex="-1" id="export">Export</div></div>`);
    keyDown($('#export'), 'Enter');
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', widget: 'menu', option: 'Export', target: { name: 'More' } },
    ]);
  });

  it('marks a held opener click and an ARIA switch inside a private region as private', () => {
    page(`<div data-handoff-private><button id="acct" aria-haspopup="menu">DE89 3704</button>
      <button id="sw" role="switch" aria-checked="false">Overdraft for DE89 3704</button></div><button id="save">Save</button>`);
    pointerDown($('#acct'));
    pointerDown($('#save'));
    pointerDown($('#sw'));
    const drafts = recorder.drafts();
    expect(drafts).toMatchObject([
      { type: 'click', secret: true, secretKind: 'private' },
      { type: 'click', target: { name: 'Save' } },
      { type: 'check', secret: true, secretKind: 'private' },
    ]);
    expect(JSON.stringify([drafts[0], drafts[2]])).not.toContain('DE89');
  });

  it('sends the opener click as it was when no choice follows, before the next step', () => {
    page(`<button id="more" aria-haspopup="menu">More</button><button id="save">Save</button>`);
    pointerDown($('#more'));
    pointerDown($('#save'));
    expect(recorder.drafts()).toMatchObject([
      { type: 'click', target: { name: 'More' } },
      { type: 'click', target: { name: 'Save' } },
    ]);
  });
});

describe('date pickers', () => {
  it('records a day picked in a calendar as the date set, and month arrows as nothing', async () => {
    page(`<label for="d">Due date</label><input id="d" class="flatpickr-input" readonly>
      <div class="flatpickr-calendar">
        <span class="flatpickr-prev-month"><svg></svg></span>
        <span class="flatpickr-day" aria-label="December 31, 2026" tabindex="-1">31</span>
      </div>`);
    focus(input());
    pointerDown($('.flatpickr-prev-month'));
    pointerDown($('.flatpickr-day'));
    input().value = '12/31/2026'; // the picker's own click handler
    $('.flatpickr-day').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, detail: 1 })));
    await new Promise((done) => setTimeout(done, 20));
    blur(input());
    expect(recorder.drafts()).toEqual([
      expect.objectContaining({
        type: 'select',
        widget: 'date',
        option: '12/31/2026',
        target: expect.objectContaining({ name: 'Due date' }),
      }),
    ]);
  });

  it('records a date typed into a date field as the date set', () => {
    page(`<label>Due date <input name="due_date" placeholder="mm/dd/yyyy"></label>`);
    focus(input());
    typeText(input(), '12/31/2026');
    blur(input());
    expect(recorder.drafts()).toMatchObject([{ type: 'select', widget: 'date', option: '12/31/2026' }]);
  });
});

describe('segmented date fields', () => {
  const FIELD = `<span id="l">Start date</span>
    <div role="group" aria-labelledby="l"><div class="input">
      <span role="spinbutton" tabindex="0" aria-label="month">mm</span><span aria-hidden="true">/</span>
      <span role="spinbutton" tabindex="0" aria-label="day">dd</span><span aria-hidden="true">/</span>
      <span role="spinbutton" tabindex="0" aria-label="year">yyyy</span></div>
      <button aria-haspopup="dialog" aria-label="Calendar">▾</button></div>
    <button id="next">Next</button>`;

  it('records the date typed into the segments as one step when focus leaves the group', () => {
    page(FIELD);
    const [month, day, year] = Array.from(document.querySelectorAll('[role="spinbutton"]'));
    focus(month!);
    month!.textContent = '12';
    day!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true, composed: true })));
    day!.textContent = '31';
    year!.textContent = '2026';
    year!.dispatchEvent(
      trusted(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: $('#next') })),
    );
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', widget: 'date', option: '12/31/2026', target: { role: 'group', name: 'Start date' } },
    ]);
  });

  it('records nothing for a date left unfinished', () => {
    page(FIELD);
    const [month] = Array.from(document.querySelectorAll('[role="spinbutton"]'));
    focus(month!);
    month!.textContent = '12';
    blur(month!);
    expect(recorder.drafts()).toEqual([]);
  });
});

describe('ARIA toggles and typed values', () => {
  it('records an ARIA switch as switched on', () => {
    page(`<button role="switch" aria-checked="false">Auto-renew</button>`);
    pointerDown($('button'));
    expect(recorder.drafts()).toMatchObject([
      { type: 'check', control: 'switch', checked: true, target: { name: 'Auto-renew' } },
    ]);
  });

  it('records what the person meant when typing over a prefilled 0, named without the colon', () => {
    page(`<label>Balance: <input value="0"></label>`);
    focus(input());
    typeText(input(), '2500');
    blur(input());
    expect(recorder.drafts()).toMatchObject([{ type: 'type', value: '2500', target: { name: 'Balance' } }]);
  });
});

describe('toggles a widget sets itself', () => {
  it('records a switch whose label click the widget handles without a change event', async () => {
    page(`<label id="l"><input type="checkbox" role="switch"> Auto-renew</label>`);
    $('#l').addEventListener('click', (e) => {
      e.preventDefault(); // the browser would toggle the input and fire change; the widget does it
      input().checked = true;
    });
    pointerDown($('#l'));
    $('#l').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 })));
    await new Promise((done) => setTimeout(done, 10));
    expect(recorder.drafts()).toMatchObject([
      { type: 'check', control: 'switch', checked: true, target: { name: 'Auto-renew' } },
    ]);
  });

  it('records a native checkbox once, from its change event', async () => {
    page(`<label id="l"><input type="checkbox"> Paid</label>`);
    pointerDown($('#l'));
    $('#l').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, detail: 1 })));
    input().checked = true;
    input().dispatchEvent(trusted(new Event('change', { bubbles: true })));
    await new Promise((done) => setTimeout(done, 10));
    expect(recorder.drafts()).toMatchObject([{ type: 'check', control: 'checkbox', checked: true }]);
    expect(recorder.drafts()).toHaveLength(1);
  });
});

describe('tabs chosen with arrow keys', () => {
  it('records the tab the arrows stopped on, once, before the next step', () => {
    page(`<div role="tablist" aria-label="Sections">
      <div role="tab" id="t1" aria-selected="true" tabindex="0">Invoices</div>
      <div role="tab" id="t2" aria-selected="false" tabindex="-1">Bills</div>
      <div role="tab" id="t3" aria-selected="false" tabindex="-1">Reports</div></div><button id="save">Save</button>`);
    const select = (id: string) => {
      for (const tab of document.querySelectorAll('[role="tab"]'))
        tab.setAttribute('aria-selected', String(tab.id === id));
    };
    keyDown($('#t1'), 'ArrowRight');
    select('t2');
    keyDown($('#t2'), 'ArrowRight');
    select('t3');
    pointerDown($('#save'));
    expect(recorder.drafts()).toMatchObject([
      { type: 'click', target: { role: 'tab', name: 'Reports' } },
      { type: 'click', target: { name: 'Save' } },
    ]);
  });
});

describe('confirm-only keys', () => {
  it('records no key for Enter that commits a grid cell editor, but keeps the typing', () => {
    page(`<div role="grid"><div role="row"><div role="columnheader">Payment</div></div>
      <div role="row"><div role="gridcell"><input value="84.20"></div></div></div>`);
    focus(input());
    typeText(input(), '5');
    keyDown(input(), 'Enter');
    expect(recorder.drafts()).toMatchObject([{ type: 'type', value: '84.205', target: { name: 'Payment' } }]);
  });

  it('keeps Enter that may submit a form', () => {
    page(`<form><label>Search <input></label></form>`);
    focus(input());
    typeText(input(), 'overdue');
    keyDown(input(), 'Enter');
    expect(recorder.drafts().map((d) => d.type)).toEqual(['type', 'key']);
  });
});
