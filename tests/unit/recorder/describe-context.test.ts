/** The target's context: the enclosing form, dialog or landmark, cut to the viewport, for the focused view. */
import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeElement } from '../../../src/content/describe';

afterEach(() => {
  document.body.innerHTML = '';
});

/** happy-dom lays nothing out: give an element the rectangle a browser would. */
function place(element: Element, left: number, top: number, width: number, height: number): void {
  element.getBoundingClientRect = () =>
    ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
}

describe('target context', () => {
  it('is the nearest form around the element, shifted by the frame offset', () => {
    document.body.innerHTML = '<main><form><fieldset><button>Save</button></fieldset></form></main>';
    place(document.querySelector('fieldset')!, 100, 200, 300, 120);
    place(document.querySelector('button')!, 120, 260, 80, 30);
    const target = describeElement(document.querySelector('button')!, { x: 10, y: 20 });
    expect(target.context).toEqual({ x: 110, y: 220, width: 300, height: 120 });
  });

  it('is cut to the viewport when the landmark runs past it', () => {
    document.body.innerHTML = '<main><button>Save</button></main>';
    place(document.querySelector('main')!, -50, -400, 5000, 9000);
    place(document.querySelector('button')!, 20, 20, 80, 30);
    const target = describeElement(document.querySelector('button')!);
    expect(target.context).toEqual({ x: 0, y: 0, width: window.innerWidth, height: window.innerHeight });
  });

  it('is absent when nothing frames the element, and never the element itself', () => {
    document.body.innerHTML = '<div><button>Save</button></div><form id="f"></form>';
    expect(describeElement(document.querySelector('button')!).context).toBeUndefined();
    const form = document.querySelector('form')!;
    place(form, 0, 0, 100, 100);
    expect(describeElement(form).context).toBeUndefined();
  });
});

describe('target context with a heading', () => {
  it('takes in the heading just above the form, which names it', () => {
    document.body.innerHTML = '<main><h1>Sign in</h1><form><button>Go</button></form></main>';
    place(document.querySelector('h1')!, 100, 40, 200, 40);
    place(document.querySelector('form')!, 100, 96, 300, 200);
    place(document.querySelector('button')!, 120, 200, 80, 30);
    const target = describeElement(document.querySelector('button')!);
    expect(target.context).toEqual({ x: 100, y: 40, width: 300, height: 256 });
  });

  it('leaves out a heading far above the form, or not just before it', () => {
    document.body.innerHTML = '<main><h2>Far</h2><form><button>Go</button></form></main>';
    place(document.querySelector('h2')!, 100, 0, 200, 30);
    place(document.querySelector('form')!, 100, 300, 300, 200);
    place(document.querySelector('button')!, 120, 400, 80, 30);
    expect(describeElement(document.querySelector('button')!).context).toEqual({
      x: 100,
      y: 300,
      width: 300,
      height: 200,
    });
  });
});
