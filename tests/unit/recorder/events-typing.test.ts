/** The event table: typing becomes one step per field edit, ended by Tab, Enter or a click elsewhere. */
import { afterEach, describe, expect, it } from 'vitest';
import { blur, change, focus, keyDown, pointerDown, record, trusted, typeText } from './dom-events';

let recorder: ReturnType<typeof record>;

function page(html: string) {
  document.body.innerHTML = html;
  recorder = record();
}

afterEach(() => {
  recorder.stop();
  document.body.innerHTML = '';
});

const input = (selector = 'input') => document.querySelector(selector) as HTMLInputElement;

describe('typing', () => {
  it('emits one type draft with the value when Tab moves focus away', () => {
    page('<label>Customer <input id="c"></label>');
    focus(input());
    typeText(input(), 'ACME Corp');
    expect(recorder.drafts()).toEqual([]);
    keyDown(input(), 'Tab');
    blur(input());
    expect(recorder.drafts()).toMatchObject([
      { type: 'type', value: 'ACME Corp', secret: false, target: { role: 'textbox', name: 'Customer' } },
    ]);
    expect(recorder.drafts()[0]).not.toHaveProperty('secretKind');
  });

  it('dates the typing when it happened, not when it ended', () => {
    page('<input aria-label="Customer">');
    focus(input());
    typeText(input(), 'A');
    const typedAt = recorder.emitted.length;
    blur(input());
    expect(typedAt).toBe(0);
    expect(recorder.emitted[0]!.at).toBeGreaterThan(Date.UTC(2020, 0, 1));
  });

  it('emits nothing when the value ends as it began', () => {
    page('<input aria-label="Customer" value="ACME">');
    focus(input());
    typeText(input(), 'x');
    input().value = 'ACME';
    input().dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true })));
    blur(input());
    expect(recorder.drafts()).toEqual([]);
  });

  it('flushes the typing BEFORE the Enter key draft', () => {
    page('<form><input type="search" aria-label="Search"></form>');
    focus(input());
    typeText(input(), 'overdue');
    keyDown(input(), 'Enter');
    expect(recorder.drafts()).toMatchObject([
      { type: 'type', value: 'overdue', target: { name: 'Search' } },
      { type: 'key', keys: ['Enter'], target: { name: 'Search' } },
    ]);
    blur(input());
    expect(recorder.drafts()).toHaveLength(2);
  });

  it('records a second edit of the same field as a second step', () => {
    page('<input aria-label="Qty">');
    focus(input());
    typeText(input(), '2');
    blur(input());
    focus(input());
    typeText(input(), '0');
    blur(input());
    expect(recorder.drafts()).toMatchObject([
      { type: 'type', value: '2' },
      { type: 'type', value: '20' },
    ]);
  });

  it('ends typing in one field when the person clicks into another', () => {
    page('<input id="a" aria-label="First"><input id="b" aria-label="Last">');
    focus(input('#a'));
    typeText(input('#a'), 'Ada');
    pointerDown(input('#b'));
    expect(recorder.drafts()).toMatchObject([{ type: 'type', value: 'Ada', target: { name: 'First' } }]);
  });

  it('flushes on change and when the page goes away', () => {
    page('<input id="a" aria-label="A"><input id="b" aria-label="B">');
    focus(input('#a'));
    typeText(input('#a'), 'one');
    change(input('#a'));
    focus(input('#b'));
    typeText(input('#b'), 'two');
    window.dispatchEvent(new Event('pagehide'));
    expect(recorder.drafts()).toMatchObject([
      { type: 'type', value: 'one' },
      { type: 'type', value: 'two' },
    ]);
  });

  it('records a value pasted into a field that had focus before recording began', () => {
    page('<input aria-label="IBAN">');
    // No focusin reached the recorder: the field was focused before it attached.
    input().value = 'DE89 3704 0044 0532 0130 00';
    input().dispatchEvent(
      trusted(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' })),
    );
    blur(input());
    expect(recorder.drafts()).toMatchObject([{ type: 'type', value: 'DE89 3704 0044 0532 0130 00' }]);
  });

  it('records typing in a textarea and a contenteditable', () => {
    page('<textarea aria-label="Notes"></textarea><div contenteditable="true" aria-label="Body"></div>');
    const notes = document.querySelector('textarea')!;
    focus(notes);
    typeText(notes, 'line');
    keyDown(notes, 'Enter');
    blur(notes);
    expect(recorder.drafts()).toMatchObject([{ type: 'type', value: 'line', target: { name: 'Notes' } }]);
  });
});

describe('secret typing', () => {
  it('marks a password field’s draft secret, with no value and no length', () => {
    page('<label>Password <input type="password"></label>');
    focus(input());
    typeText(input(), 'hunter2');
    blur(input());
    const [draft] = recorder.drafts();
    expect(draft).toMatchObject({ type: 'type', secret: true, secretKind: 'password' });
    expect(draft).not.toHaveProperty('value');
    expect(JSON.stringify(recorder.emitted)).not.toContain('hunter2');
    expect(JSON.stringify(recorder.emitted)).not.toMatch(/"length"|\b7\b/);
  });

  it('never names a field after what was typed in it', () => {
    page(`<div data-handoff-private><div contenteditable="true" id="note"></div></div><textarea></textarea>`);
    const note = document.querySelector<HTMLElement>('#note')!;
    focus(note);
    note.textContent = 'my diagnosis';
    note.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true })));
    blur(note);
    const area = document.querySelector('textarea')!;
    focus(area);
    typeText(area, 'Dear Sir');
    blur(area);
    const [secret, plain] = recorder.drafts();
    expect(secret).toMatchObject({ type: 'type', secret: true, secretKind: 'private' });
    expect(JSON.stringify(secret)).not.toContain('diagnosis');
    expect(plain).toMatchObject({ type: 'type', value: 'Dear Sir' });
    expect(plain && 'target' in plain && plain.target?.name).not.toContain('Dear');
  });

  it('marks a card number typed into a plain field as a card secret', () => {
    page('<input aria-label="Reference">');
    focus(input());
    typeText(input(), '4111 1111 1111 1111');
    blur(input());
    const [draft] = recorder.drafts();
    expect(draft).toMatchObject({ type: 'type', secret: true, secretKind: 'card' });
    expect(JSON.stringify(draft)).not.toContain('4111');
  });
});
