/** Element → role, accessible name, selectors that find it again, and its rectangle. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  accessibleName,
  describe as describeElement,
  interactiveTarget,
  isTextEntry,
} from '../../../src/content/describe';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Follows a selector chain back to an element, one shadow root per link. */
function resolve(chain: string[]): Element | null {
  let scope: Document | ShadowRoot = document;
  let found: Element | null = null;
  for (const [i, selector] of chain.entries()) {
    found = scope.querySelector(selector);
    if (!found) return null;
    if (i < chain.length - 1) {
      if (!found.shadowRoot) return null;
      scope = found.shadowRoot;
    }
  }
  return found;
}

function pathOf(element: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = element; node; ) {
    path.push(node);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return path;
}

describe('interactiveTarget', () => {
  it('walks up from what was hit to the control the person meant', () => {
    document.body.innerHTML = '<div><button id="b"><svg><path></path></svg><span>Save</span></button></div>';
    expect(interactiveTarget(pathOf(document.querySelector('path')!))?.id).toBe('b');
    expect(interactiveTarget(pathOf(document.querySelector('span')!))?.id).toBe('b');
  });

  it('crosses open shadow roots', () => {
    document.body.innerHTML = '<x-menu></x-menu>';
    const root = document.querySelector('x-menu')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div role="menuitem" id="m"><i>Rename</i></div>';
    expect(interactiveTarget(pathOf(root.querySelector('i')!))?.id).toBe('m');
  });

  it('falls back to what was hit when nothing around it is interactive', () => {
    document.body.innerHTML = '<p><em id="e">text</em></p>';
    expect(interactiveTarget(pathOf(document.querySelector('#e')!))?.id).toBe('e');
  });
});

describe('describe', () => {
  it('gives selectors that find the element again, including through a shadow root', () => {
    document.body.innerHTML = '<main><x-card></x-card><x-card></x-card></main>';
    const hosts = document.querySelectorAll('x-card');
    for (const host of hosts) {
      host.attachShadow({ mode: 'open' }).innerHTML = '<button>Buy</button><button>Share</button>';
    }
    const share = hosts[1]!.shadowRoot!.querySelectorAll('button')[1]!;
    const target = describeElement(share);
    expect(target).toMatchObject({ role: 'button', name: 'Share', tag: 'button' });
    const [css, aria] = target.selectors;
    expect(css).toHaveLength(2);
    expect(resolve(css!)).toBe(share);
    expect(aria).toEqual(['aria/Share[role="button"]']);
  });

  it('calls a password field a text field and names it by its label', () => {
    document.body.innerHTML = '<label for="p">Password</label><input id="p" type="password">';
    expect(describeElement(document.querySelector('input')!)).toMatchObject({
      role: 'textbox',
      name: 'Password',
    });
  });

  it('falls back to the placeholder when a field has no label', () => {
    document.body.innerHTML = '<input placeholder="Search invoices">';
    expect(accessibleName(document.querySelector('input')!)).toBe('Search invoices');
  });

  it('adds the frame offset to the rectangle', () => {
    document.body.innerHTML = '<button>Go</button>';
    const rect = describeElement(document.querySelector('button')!, { x: 30, y: 40 }).rect;
    const own = document.querySelector('button')!.getBoundingClientRect();
    expect(rect.x).toBeCloseTo(own.left + 30, 2);
    expect(rect.y).toBeCloseTo(own.top + 40, 2);
  });
});

describe('isTextEntry', () => {
  it('tells typing fields from the rest', () => {
    document.body.innerHTML = `<input id="t"><input id="e" type="email"><input id="d" type="date">
      <textarea id="a"></textarea><div id="c" contenteditable="true"></div>
      <input id="x" type="checkbox"><input id="s" type="submit"><button id="b"></button>`;
    const yes = ['t', 'e', 'd', 'a', 'c'];
    for (const id of yes) expect(isTextEntry(document.getElementById(id)!)).toBe(true);
    for (const id of ['x', 's', 'b']) expect(isTextEntry(document.getElementById(id)!)).toBe(false);
  });
});
