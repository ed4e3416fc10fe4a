/**
 * The locator against altered pages: each case records targets on the original markup with the
 * recorder's own describe(), changes the page the way a new version of the app would, and checks
 * that every pick is the right element or "not found", never another element.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeElement } from '../../../src/content/describe';
import { locate } from '../../../src/content/guide/locate';
import type { Target } from '../../../src/shared/model';
import { ORIGINAL, regenerateIdsAndClasses, reorderRows } from './app-dom';

const KEYS = [
  'customer',
  'amount',
  'notes',
  'urgent',
  'cancel',
  'save',
  'edit-office',
  'edit-staples',
  'edit-acme',
  'export',
  'delete',
];

const originalRects = Element.prototype.getBoundingClientRect;
const originalClientRects = Element.prototype.getClientRects;

beforeEach(() => {
  // happy-dom has no layout: give every connected element a box in document order, so that
  // visibility and position are clues like in a browser (tests that need one hidden say so).
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const index = [...this.ownerDocument.querySelectorAll('*')].indexOf(this);
    return DOMRect.fromRect({ x: 10, y: 10 + Math.max(0, index) * 4, width: 80, height: 20 });
  };
  Element.prototype.getClientRects = function (this: Element) {
    const hidden = this.closest('[hidden]') || (this as HTMLElement).style?.display === 'none';
    return (hidden ? [] : [this.getBoundingClientRect()]) as unknown as DOMRectList;
  };
});

afterEach(() => {
  Element.prototype.getBoundingClientRect = originalRects;
  Element.prototype.getClientRects = originalClientRects;
  document.body.innerHTML = '';
});

function record(): Map<string, Target> {
  document.body.innerHTML = ORIGINAL;
  const targets = new Map<string, Target>();
  for (const key of KEYS) {
    targets.set(key, describeElement(document.querySelector(`[data-expect="${key}"]`)!));
  }
  return targets;
}

/** The `data-expect` of the element picked for each recorded target, or "not found". */
function picks(targets: Map<string, Target>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, target] of targets) {
    const found = locate(target, document);
    out[key] = found.found
      ? (found.element.getAttribute('data-expect') ?? 'an unmarked element')
      : 'not found';
  }
  return out;
}

const everyOneItself = Object.fromEntries(KEYS.map((k) => [k, k]));

describe('locate', () => {
  it('finds every recorded element on the unchanged page', () => {
    const targets = record();
    expect(targets.get('edit-staples')?.row).toBe('Staples');
    expect(picks(targets)).toEqual(everyOneItself);
  });

  it('finds them when every id and class is regenerated', () => {
    const targets = record();
    regenerateIdsAndClasses(document.body);
    expect(picks(targets)).toEqual(everyOneItself);
  });

  it('finds the right row’s button when rows are reordered and a row is inserted before', () => {
    const targets = record();
    reorderRows(document);
    const row = document.createElement('tr');
    row.innerHTML =
      '<td>Zeta Ltd</td><td>1.00</td><td><button type="button" class="row-btn">Edit</button></td>';
    document.querySelector('tbody')!.prepend(row);
    expect(picks(targets)).toEqual(everyOneItself);
  });

  it('is not misled by a sibling inserted before the element', () => {
    const targets = record();
    const save = document.querySelector('[data-expect="save"]')!;
    const preview = document.createElement('button');
    preview.type = 'button';
    preview.textContent = 'Preview';
    save.before(preview);
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Reference');
    document.querySelector('[data-expect="customer"]')!.before(field);
    // The recorded positional selectors now point at the inserted elements.
    regenerateIdsAndClasses(document.body);
    expect(picks(targets)).toEqual(everyOneItself);
  });

  it('matches text changed in case and whitespace', () => {
    const targets = record();
    document.querySelector('[data-expect="save"]')!.textContent = '  SAVE \n  Invoice ';
    document.querySelector('label[for="customer-7"]')!.textContent = 'CUSTOMER';
    document.querySelector('[data-expect="delete"]')!.textContent = 'delete ALL   drafts';
    regenerateIdsAndClasses(document.body);
    expect(picks(targets)).toEqual(everyOneItself);
  });

  it('finds an element moved into an open shadow root', () => {
    const targets = record();
    const save = document.querySelector('[data-expect="save"]')!;
    const host = document.createElement('div');
    save.replaceWith(host);
    host.attachShadow({ mode: 'open' }).append(save);
    regenerateIdsAndClasses(document.body);
    const found = locate(targets.get('save'), document);
    expect(found.found && found.element).toBe(save);
  });

  it('says "not found" for a removed element and picks nothing else in its place', () => {
    const targets = record();
    document.querySelector('[data-expect="delete"]')!.remove();
    document.querySelector('[data-expect="edit-staples"]')!.closest('tr')!.remove();
    document.querySelector('[data-expect="urgent"]')!.closest('label')!.remove();
    regenerateIdsAndClasses(document.body);
    expect(picks(targets)).toEqual({
      ...everyOneItself,
      delete: 'not found',
      'edit-staples': 'not found',
      urgent: 'not found',
    });
  });

  it('keeps a stable test attribute when the text is reworded', () => {
    const targets = record();
    document.querySelector('[data-expect="export"]')!.textContent = 'Download all';
    regenerateIdsAndClasses(document.body);
    expect(picks(targets).export).toBe('export');
  });

  it('prefers the visible one of two equal controls', () => {
    const targets = record();
    const save = document.querySelector('[data-expect="save"]')!;
    const hidden = save.cloneNode(true) as Element;
    hidden.removeAttribute('data-expect');
    hidden.setAttribute('hidden', '');
    save.before(hidden);
    regenerateIdsAndClasses(document.body);
    expect(picks(targets).save).toBe('save');
  });

  it('finds a link that became a button in the new version', () => {
    document.body.innerHTML = '<nav><a href="/reports" id="rep">Reports</a></nav>';
    const target = describeElement(document.querySelector('a')!);
    document.body.innerHTML =
      '<nav><button type="button">Help</button><button type="button" class="n2">Reports</button></nav>';
    const found = locate(target, document);
    expect(found.found && found.element.className).toBe('n2');
  });

  it('says "not found" when two controls are the same in every clue', () => {
    document.body.innerHTML = '<div><button type="button">Go</button></div>';
    const target = describeElement(document.querySelector('button')!);
    target.selectors = [];
    target.rect = { x: 0, y: 0, width: 0, height: 0 };
    document.body.innerHTML =
      '<p><button type="button">Go</button></p><p><button type="button">Go</button></p>';
    Element.prototype.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 50, height: 20 });
    expect(locate(target, document)).toMatchObject({ found: false, reason: 'ambiguous' });
  });
});
