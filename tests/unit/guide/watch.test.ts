/** The guide moves on from the person's own trusted events on the step's element, and from nothing else. */
import { afterEach, describe, expect, it } from 'vitest';
import { EventLog, type Seen, StepWatch, sameKeys } from '../../../src/content/guide/watch';

afterEach(() => {
  document.body.innerHTML = '';
});

let seq = 0;
function seen(type: string, on: Element | undefined, extra: Partial<Seen> = {}): Seen {
  const path: EventTarget[] = [];
  for (let node: Node | null = on ?? document.body; node; node = node.parentNode) path.push(node);
  return { seq: ++seq, at: 0, type, path, button: 0, keys: [], repeat: false, ...extra };
}

describe('StepWatch', () => {
  it('completes a click step on a click on its element or inside it, not elsewhere', () => {
    document.body.innerHTML = '<button id="a"><span>Save</span></button><button id="b">Cancel</button>';
    const a = document.getElementById('a')!;
    const watch = new StepWatch({ kind: 'click', button: 'left' }, () => a);
    expect(watch.see(seen('click', document.getElementById('b')!))).toBe(false);
    expect(watch.see(seen('contextmenu', a))).toBe(false);
    expect(watch.see(seen('click', a.querySelector('span')!))).toBe(true);
  });

  it('completes a typing step when the person typed into the field and left it', () => {
    document.body.innerHTML = '<input id="f"><input id="g">';
    const f = document.getElementById('f')!;
    const watch = new StepWatch({ kind: 'type' }, () => f);
    expect(watch.see(seen('focusout', f))).toBe(false);
    expect(watch.see(seen('input', document.getElementById('g')!))).toBe(false);
    expect(watch.see(seen('input', f))).toBe(false);
    expect(watch.see(seen('focusout', f))).toBe(true);
  });

  it('completes a key step on the same keys, modifiers in any order', () => {
    const watch = new StepWatch({ kind: 'key', keys: ['Control', 's'] }, () => undefined);
    expect(watch.see(seen('keydown', undefined, { keys: ['s'] }))).toBe(false);
    expect(watch.see(seen('keydown', undefined, { keys: ['Control', 'S'], repeat: true }))).toBe(false);
    expect(watch.see(seen('keydown', undefined, { keys: ['Control', 'S'] }))).toBe(true);
    expect(sameKeys(['Shift', 'Control', 'x'], ['Control', 'Shift', 'X'])).toBe(true);
  });

  it('never completes a step the guide cannot check, nor one whose element was not found', () => {
    document.body.innerHTML = '<button>Go</button>';
    const button = document.querySelector('button')!;
    expect(new StepWatch({ kind: 'done' }, () => button).see(seen('click', button))).toBe(false);
    expect(new StepWatch({ kind: 'click', button: 'left' }, () => undefined).see(seen('click', button))).toBe(
      false,
    );
  });
});

describe('EventLog', () => {
  it('ignores events a script dispatched (untrusted) and the guide’s own', () => {
    document.body.innerHTML = '<button>Go</button><div id="panel"></div>';
    const got: Seen[] = [];
    const panel = document.getElementById('panel')!;
    const log = new EventLog(
      (e) => e.composedPath().includes(panel),
      (s) => got.push(s),
    );
    try {
      document.querySelector('button')!.click();
      document.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(got).toEqual([]);
      expect(log.since(0)).toEqual([]);
    } finally {
      log.close();
    }
  });
});
