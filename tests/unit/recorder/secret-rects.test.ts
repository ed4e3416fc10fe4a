/** Where the secret fields are right now, so the background can black them out of the screenshot. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { secretRects } from '../../../src/content/secret-rects';
import { PRIVATE_ATTRIBUTE } from '../../../src/content/sensitive';

/** happy-dom lays nothing out: give elements the boxes a browser would. */
function place(element: Element, x: number, y: number, width: number, height: number) {
  element.getBoundingClientRect = () => new DOMRect(x, y, width, height);
}

let now = 0;

beforeEach(() => {
  // The shadow-root walk is cached for 1.5 s; each test starts well after the last one's walk.
  now += 10_000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('secretRects', () => {
  it('covers a visible password field with a small margin, shifted by the frame offset', () => {
    document.body.innerHTML = '<input id="user"><input id="pw" type="password">';
    place(document.querySelector('#user')!, 10, 10, 200, 30);
    place(document.querySelector('#pw')!, 10, 50, 200, 30);
    expect(secretRects()).toEqual([{ x: 8, y: 48, width: 204, height: 34 }]);
    expect(secretRects({ x: 100, y: 20 })).toEqual([{ x: 108, y: 68, width: 204, height: 34 }]);
  });

  it('covers fields secret by autocomplete and private wrappers', () => {
    document.body.innerHTML = `<input id="otp" autocomplete="one-time-code"><div id="w" ${PRIVATE_ATTRIBUTE}>salary</div>`;
    place(document.querySelector('#otp')!, 0, 0, 50, 20);
    place(document.querySelector('#w')!, 0, 100, 300, 40);
    expect(secretRects()).toHaveLength(2);
  });

  it('covers a card number typed into a plain field, not other numbers', () => {
    document.body.innerHTML = '<input id="card"><input id="ref">';
    const card = document.querySelector<HTMLInputElement>('#card')!;
    const ref = document.querySelector<HTMLInputElement>('#ref')!;
    card.value = '4111 1111 1111 1111';
    ref.value = '4111 1111 1111 1112';
    place(card, 0, 0, 100, 20);
    place(ref, 0, 40, 100, 20);
    expect(secretRects()).toEqual([{ x: -2, y: -2, width: 104, height: 24 }]);
  });

  it('skips fields that are hidden or scrolled out of view', () => {
    document.body.innerHTML =
      '<input id="a" type="password"><input id="b" type="password"><input id="c" type="password">';
    place(document.querySelector('#a')!, 0, 0, 0, 0);
    place(document.querySelector('#b')!, 0, -500, 100, 20);
    place(document.querySelector('#c')!, 0, window.innerHeight + 10, 100, 20);
    expect(secretRects()).toEqual([]);
  });

  it('looks inside open shadow roots', () => {
    document.body.innerHTML = '<x-login></x-login>';
    const root = document.querySelector('x-login')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input type="password">';
    place(root.querySelector('input')!, 20, 20, 100, 20);
    expect(secretRects()).toEqual([{ x: 18, y: 18, width: 104, height: 24 }]);
  });

  // A sign-in component rendered right after the previous look must be searched too.
  it('sees a shadow root that appeared just after the previous look', () => {
    document.body.innerHTML = '<x-login></x-login>';
    expect(secretRects()).toEqual([]);
    now += 200;
    const root = document.querySelector('x-login')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input type="password">';
    place(root.querySelector('input')!, 20, 20, 100, 20);
    expect(secretRects()).toHaveLength(1);
  });
});
