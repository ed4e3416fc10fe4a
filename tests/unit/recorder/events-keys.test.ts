/** The event table: choices and keys. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { change, focus, keyboardClick, keyDown, record, trusted, typeText } from './dom-events';

let recorder: ReturnType<typeof record>;

function page(html: string) {
  document.body.innerHTML = html;
  recorder = record();
}

afterEach(() => {
  recorder.stop();
  document.body.innerHTML = '';
});

describe('choices', () => {
  // happy-dom 21 has no HTMLOptionElement.label; browsers give the label attribute or else the
  // option's text (HTML spec, "the label IDL attribute"). Supply that for these tests only.
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

  it('records a select change with the chosen option’s label and value', () => {
    page(
      `<label>Country <select><option value="fr">France</option><option value="de">Germany</option></select></label>`,
    );
    const select = document.querySelector('select')!;
    select.value = 'de';
    change(select);
    expect(recorder.drafts()).toMatchObject([
      { type: 'select', option: 'Germany', value: 'de', target: { name: 'Country' } },
    ]);
  });

  it('records checking and unchecking a checkbox', () => {
    page('<label><input type="checkbox"> Paid</label>');
    const box = document.querySelector('input')!;
    box.checked = true;
    change(box);
    box.checked = false;
    change(box);
    expect(recorder.drafts()).toMatchObject([
      { type: 'check', control: 'checkbox', checked: true, target: { name: 'Paid' } },
      { type: 'check', control: 'checkbox', checked: false, target: { name: 'Paid' } },
    ]);
  });

  it('records choosing a radio option and flipping a switch', () => {
    page(`<label><input type="radio" name="ship" value="e"> Express</label>
      <label><input type="checkbox" role="switch"> Dark mode</label>`);
    const radio = document.querySelector<HTMLInputElement>('input[type=radio]')!;
    radio.checked = true;
    change(radio);
    const toggle = document.querySelector<HTMLInputElement>('[role=switch]')!;
    toggle.checked = true;
    change(toggle);
    expect(recorder.drafts()).toMatchObject([
      { type: 'check', control: 'radio', checked: true, target: { name: 'Express' } },
      { type: 'check', control: 'switch', checked: true, target: { name: 'Dark mode' } },
    ]);
  });
});

describe('keys', () => {
  it('records Escape on the page without a target', () => {
    page('<main>Dialog</main>');
    keyDown(document.body, 'Escape');
    expect(recorder.drafts()).toEqual([{ type: 'key', keys: ['Escape'] }]);
  });

  it('records Ctrl+S, with the field it was pressed in', () => {
    page('<input aria-label="Title">');
    keyDown(document.body, 's', { ctrlKey: true });
    keyDown(document.querySelector('input')!, 's', { ctrlKey: true });
    expect(recorder.drafts()).toMatchObject([
      { type: 'key', keys: ['Control', 's'] },
      { type: 'key', keys: ['Control', 's'], target: { name: 'Title' } },
    ]);
    expect(recorder.drafts()[0]).not.toHaveProperty('target');
  });

  it('records nothing for Ctrl+V, Ctrl+A or Ctrl+Z inside a field: the typing says what it holds', () => {
    page('<input aria-label="Title">');
    const field = document.querySelector('input')!;
    for (const key of ['v', 'a', 'z', 'V']) keyDown(field, key, { ctrlKey: true });
    keyDown(field, 'c', { metaKey: true });
    expect(recorder.drafts()).toEqual([]);
  });

  it('records nothing for plain letters, Tab, lone modifiers or repeats', () => {
    page('<input aria-label="Title">');
    const field = document.querySelector('input')!;
    for (const key of ['a', 'Tab', 'Shift', 'Control', 'ArrowDown']) keyDown(field, key);
    field.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'Escape', repeat: true, bubbles: true, composed: true })),
    );
    expect(recorder.drafts()).toEqual([]);
  });

  it('keeps Enter in a textarea as typing, not a key step', () => {
    page('<textarea aria-label="Notes"></textarea>');
    const notes = document.querySelector('textarea')!;
    focus(notes);
    typeText(notes, 'a');
    keyDown(notes, 'Enter');
    expect(recorder.drafts()).toEqual([]);
  });

  it("records Enter that submits a form once: typing, then the key, not the default button's click", () => {
    page('<form><label>Search <input name="q"></label><button type="submit">Go</button></form>');
    const field = document.querySelector('input')!;
    focus(field);
    typeText(field, 'acme');
    keyDown(field, 'Enter');
    // Implicit submission: the browser clicks the default button in the same task.
    keyboardClick(document.querySelector('button')!);
    expect(recorder.drafts().map((d) => d.type)).toEqual(['type', 'key']);
  });

  it('still records a keyboard activation of a button that follows later', async () => {
    page('<label>Search <input name="q"></label><button type="button">Go</button>');
    const field = document.querySelector('input')!;
    focus(field);
    keyDown(field, 'Enter');
    await new Promise((resolve) => setTimeout(resolve, 150));
    keyboardClick(document.querySelector('button')!);
    expect(recorder.drafts().map((d) => d.type)).toEqual(['key', 'click']);
  });
});
