/** Click sentences from real DOM: element → describe() → step → sentence. */
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeElement } from '../../../src/content/describe';
import { generatedSentence, sentence } from '../../../src/shared/text';
import { step } from './steps';

function clickOn(selector: string): string {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`fixture has no ${selector}`);
  return generatedSentence(step('click', { target: describeElement(element) }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('click sentences from the page', () => {
  it('names a button by its text', () => {
    document.body.innerHTML = '<form><button type="button">Save draft</button></form>';
    expect(clickOn('button')).toBe('Click "Save draft"');
  });

  it('calls a link a link', () => {
    document.body.innerHTML = '<nav><a href="/invoices">Invoices</a></nav>';
    expect(clickOn('a')).toBe('Click the "Invoices" link');
  });

  it('names a text field by its label', () => {
    document.body.innerHTML = '<label for="customer">Customer</label><input id="customer" type="text">';
    expect(clickOn('input')).toBe('Click the "Customer" field');
  });

  it('names an icon button by its aria-label', () => {
    document.body.innerHTML =
      '<button aria-label="Close dialog"><svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg></button>';
    expect(clickOn('button')).toBe('Click "Close dialog"');
  });

  it('keeps markup-looking text verbatim as text; escaping is the renderer’s job', () => {
    document.body.innerHTML = '<button>&lt;img src=x onerror=alert(1)&gt;</button>';
    expect(document.querySelector('img')).toBeNull();
    expect(clickOn('button')).toBe('Click "<img src=x onerror=alert(1)>"');
  });

  it('reads right-click and double-click', () => {
    document.body.innerHTML = '<button>Row</button>';
    const target = describeElement(document.querySelector('button')!);
    expect(generatedSentence(step('click', { target, button: 'right' }))).toBe('Right-click "Row"');
    expect(generatedSentence(step('click', { target, clickCount: 2 }))).toBe('Double-click "Row"');
  });

  it('falls back to the kind of element when the page gives no name', () => {
    document.body.innerHTML = '<button></button><a href="/x"></a>';
    expect(clickOn('button')).toBe('Click the button');
    expect(clickOn('a')).toBe('Click the link');
  });

  it('uses the person’s own wording over the generated one, unless it is blank', () => {
    const s = step('click');
    expect(sentence({ ...s, customText: '  Press the big green button ' })).toBe(
      'Press the big green button',
    );
    expect(sentence({ ...s, customText: '   ' })).toBe(generatedSentence(s));
  });
});
