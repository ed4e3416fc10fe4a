/**
 * What is searched for by element (shadow roots, frames) is searched again only when elements may
 * have been added: not after a page changed only text, attributes or its scroll, which is what a
 * status line does at every click. Removed hosts and frames drop out without a new search.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { domVersion, elementsVersion, markChanged, stopWatching } from '../../../src/content/dom-version';
import { embeddedFrames } from '../../../src/content/embedded-frames';
import { openShadowRoots } from '../../../src/content/shadow-roots';

afterEach(() => {
  vi.restoreAllMocks();
  stopWatching();
  document.body.innerHTML = '';
});

/** Counts the walks openShadowRoots makes over the document. */
function countWalks(): { walks(): number } {
  const spy = vi.spyOn(document, 'createTreeWalker');
  return { walks: () => spy.mock.calls.filter(([root]) => root === document).length };
}

describe('elementsVersion', () => {
  it('stays when only text, watched attributes or the scroll change; domVersion moves', () => {
    document.body.innerHTML = '<p id="status">Nothing opened</p><input id="q">';
    const elements = elementsVersion(document);
    const before = domVersion(document);
    document.getElementById('status')!.textContent = 'Opened r1';
    document.getElementById('q')!.setAttribute('placeholder', 'Search');
    markChanged(document);
    expect(domVersion(document)).not.toBe(before);
    expect(elementsVersion(document)).toBe(elements);
  });

  it('moves when an element is added, also inside a watched shadow root', () => {
    document.body.innerHTML = '<x-card></x-card>';
    const root = document.querySelector('x-card')!.attachShadow({ mode: 'open' });
    expect(openShadowRoots(document)).toEqual([root]);
    const before = elementsVersion(document);
    document.body.append(document.createElement('section'));
    const afterBody = elementsVersion(document);
    expect(afterBody).not.toBe(before);
    root.append(document.createElement('input'));
    expect(elementsVersion(document)).not.toBe(afterBody);
  });
});

describe('openShadowRoots', () => {
  it('does not walk the document again after a text change, and does after an element is added', () => {
    document.body.innerHTML = '<p id="status">Nothing opened</p><div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' });
    const counter = countWalks();
    expect(openShadowRoots(document)).toHaveLength(1);
    expect(counter.walks()).toBe(1);
    document.getElementById('status')!.textContent = 'Opened r1';
    expect(openShadowRoots(document)).toHaveLength(1);
    expect(counter.walks()).toBe(1);
    const later = document.createElement('div');
    document.body.append(later);
    const second = later.attachShadow({ mode: 'open' });
    expect(openShadowRoots(document)).toContain(second);
    expect(counter.walks()).toBe(2);
  });

  it('drops the root of a removed host without walking again', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    const b = document.getElementById('b')!.attachShadow({ mode: 'open' });
    expect(openShadowRoots(document)).toEqual([a, b]);
    const counter = countWalks();
    document.getElementById('a')!.remove();
    expect(openShadowRoots(document)).toEqual([b]);
    expect(counter.walks()).toBe(0);
  });
});

describe('embeddedFrames', () => {
  it('drops a removed frame, and finds one inside a shadow root attached later to a custom element', () => {
    document.body.innerHTML = '<object id="pay"></object><x-checkout></x-checkout>';
    const pay = document.getElementById('pay')!;
    expect(embeddedFrames(document)).toEqual([pay]);
    pay.remove();
    expect(embeddedFrames(document)).toEqual([]);
    // An upgrade attaches the root with no mutation the observer reports.
    const root = document.querySelector('x-checkout')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<object id="card"></object>';
    expect(embeddedFrames(document)).toEqual([root.getElementById('card')]);
  });
});
