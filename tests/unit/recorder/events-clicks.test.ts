/** The event table: clicks, and the clicks it deliberately does not record. */
import { afterEach, describe, expect, it } from 'vitest';
import { blur, focus, keyboardClick, keyDown, pointerDown, record, typeText } from './dom-events';

let recorder: ReturnType<typeof record>;

function page(html: string) {
  document.body.innerHTML = html;
  recorder = record();
}

afterEach(() => {
  recorder.stop();
  document.body.innerHTML = '';
});

describe('clicks', () => {
  it('records a click on a button as a click draft, described as a person would', () => {
    page('<button id="save"><span>Save invoice</span></button>');
    pointerDown(document.querySelector('span')!);
    expect(recorder.drafts()).toMatchObject([
      { type: 'click', button: 'left', clickCount: 1, target: { role: 'button', name: 'Save invoice' } },
    ]);
    expect(recorder.emitted[0]!.at).toBeGreaterThan(Date.UTC(2020, 0, 1));
  });

  it('reaches the button inside an open shadow root', () => {
    page('<x-toolbar></x-toolbar>');
    const root = document.querySelector('x-toolbar')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<button><b>Publish</b></button>';
    pointerDown(root.querySelector('b')!);
    expect(recorder.drafts()).toMatchObject([{ type: 'click', target: { role: 'button', name: 'Publish' } }]);
  });

  it('records the right button as a right-click', () => {
    page('<a href="/row/1">Row 1</a>');
    pointerDown(document.querySelector('a')!, { button: 2 });
    expect(recorder.drafts()).toMatchObject([{ type: 'click', button: 'right', target: { role: 'link' } }]);
  });

  it('records nothing for a click into a text field: the typing is the step', () => {
    page('<label>Customer <input id="c"></label><textarea></textarea>');
    pointerDown(document.querySelector('#c')!);
    pointerDown(document.querySelector('textarea')!);
    pointerDown(document.querySelector('label')!);
    expect(recorder.drafts()).toEqual([]);
  });

  it('records nothing for a click on a checkbox, a radio or a select: their change is the step', () => {
    page('<input type="checkbox"><input type="radio"><select><option>A</option></select>');
    for (const element of document.querySelectorAll('input, select')) pointerDown(element);
    expect(recorder.drafts()).toEqual([]);
  });

  it('records a keyboard activation (click with detail 0) as a click', () => {
    page('<button>Send</button>');
    keyboardClick(document.querySelector('button')!);
    expect(recorder.drafts()).toMatchObject([{ type: 'click', target: { name: 'Send' } }]);
  });

  it('records Enter on a submit input once, as the click it causes', () => {
    page('<form><input type="submit" value="Sign in"></form>');
    const submit = document.querySelector('input')!;
    keyDown(submit, 'Enter');
    keyboardClick(submit);
    expect(recorder.drafts()).toMatchObject([{ type: 'click', target: { name: 'Sign in' } }]);
  });

  it('records Enter on an ARIA button, which the browser does not turn into a trusted click', () => {
    page('<div role="button" tabindex="0">Archive</div>');
    keyDown(document.querySelector('div')!, 'Enter');
    expect(recorder.drafts()).toMatchObject([{ type: 'key', keys: ['Enter'], target: { name: 'Archive' } }]);
  });

  it('flushes typing before the click that ends it', () => {
    page('<input id="c" aria-label="Customer"><button>Save</button>');
    const input = document.querySelector('input')!;
    focus(input);
    typeText(input, 'ACME');
    pointerDown(document.querySelector('button')!);
    blur(input);
    expect(recorder.drafts().map((d) => d.type)).toEqual(['type', 'click']);
    expect(recorder.drafts()[0]).toMatchObject({ type: 'type', value: 'ACME', secret: false });
  });
});

describe('untrusted events', () => {
  it('ignores clicks, typing, keys and changes a page script dispatched', () => {
    page('<button>Delete everything</button><input aria-label="Name"><input type="checkbox">');
    pointerDown(document.querySelector('button')!, { isTrusted: false });
    document.querySelector('button')!.click();
    const input = document.querySelector('input')!;
    input.focus();
    typeText(input, 'forged', false);
    input.blur();
    keyDown(input, 'Enter', {}, false);
    keyDown(document.body, 's', { ctrlKey: true }, false);
    const box = document.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(recorder.drafts()).toEqual([]);
  });
});
