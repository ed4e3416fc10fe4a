/** Selectors built without searching the document, and the change counter behind the caches. */
import { afterEach, describe, expect, it } from 'vitest';
import { cachedByVersion, domVersion, markChanged } from '../../../src/content/dom-version';
import { anchoredSelector, positionalSelector } from '../../../src/content/selectors';

afterEach(() => {
  document.body.innerHTML = '';
});

const root = () => document.documentElement;

describe('anchoredSelector', () => {
  it('uses an id the element owns', () => {
    document.body.innerHTML = '<div><button id="save">Save</button></div>';
    const button = document.getElementById('save')!;
    expect(anchoredSelector(button, root())).toBe('#save');
  });

  it('does not use an id another element owns first, and anchors at the nearest owned id', () => {
    document.body.innerHTML =
      '<p id="dup"></p><section id="form"><div><button id="dup">A</button><button>B</button></div></section>';
    const [a, b] = document.querySelectorAll('button');
    const selector = anchoredSelector(a!, root());
    expect(selector).toBe('#form > div:nth-child(1) > button:nth-child(1)');
    expect(document.querySelector(selector)).toBe(a);
    expect(document.querySelector(anchoredSelector(b!, root()))).toBe(b);
  });

  it('uses a test attribute when the element is the first to carry it', () => {
    document.body.innerHTML =
      '<button data-testid="pay">Pay</button><button data-testid="pay">Pay again</button>';
    const [first, second] = document.querySelectorAll('button');
    expect(anchoredSelector(first!, root())).toBe('button[data-testid="pay"]');
    const other = anchoredSelector(second!, root());
    expect(other).not.toContain('data-testid');
    expect(document.querySelector(other)).toBe(second);
  });

  it('finds an element with no id anywhere by its path, among many rows', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td><a href="#">Row ${i}</a></td></tr>`).join('');
    document.body.innerHTML = `<table><tbody>${rows}</tbody></table>`;
    const link = document.querySelectorAll('a')[257]!;
    expect(document.querySelector(anchoredSelector(link, root()))).toBe(link);
  });

  it('works inside a shadow root, from the root', () => {
    document.body.innerHTML = '<x-card></x-card>';
    const shadow = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><input><input id="cvc"></div>';
    const [first, cvc] = shadow.querySelectorAll('input');
    expect(anchoredSelector(cvc!, shadow)).toBe('#cvc');
    expect(shadow.querySelector(anchoredSelector(first!, shadow))).toBe(first);
  });
});

describe('positionalSelector', () => {
  it('holds no id, attribute or class', () => {
    document.body.innerHTML = '<div id="secret-7731" class="acct"><span data-x="7731">x</span></div>';
    const span = document.querySelector('span')!;
    const selector = positionalSelector(span);
    expect(selector).not.toMatch(/7731|acct|#|\[/);
    expect(document.querySelector(selector)).toBe(span);
  });
});

describe('domVersion and cachedByVersion', () => {
  it('recomputes only after the document changed, including changes made in the same task', () => {
    document.body.innerHTML = '<input>';
    let runs = 0;
    const count = cachedByVersion((doc) => {
      runs++;
      return doc.querySelectorAll('input').length;
    });
    expect(count(document)).toBe(1);
    expect(count(document)).toBe(1);
    expect(runs).toBe(1);
    document.body.append(document.createElement('input'));
    // No microtask has run: the observer's records are taken synchronously.
    expect(count(document)).toBe(2);
    expect(runs).toBe(2);
  });

  it('counts watched attribute changes (a password field turned into text) and explicit marks', () => {
    document.body.innerHTML = '<input type="password">';
    const before = domVersion(document);
    document.querySelector('input')!.type = 'text';
    const afterType = domVersion(document);
    expect(afterType).not.toBe(before);
    markChanged(document);
    expect(domVersion(document)).not.toBe(afterType);
  });
});
