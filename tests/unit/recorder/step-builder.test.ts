/** ObservedEvent → Step: every kind, and nothing a hostile page could slip through. */
import { describe, expect, it } from 'vitest';
import { navigateStep, parseEvent, stepFromEvent } from '../../../src/background/step-builder';
import type { Target } from '../../../src/shared/model';
import type { ObservedEvent, ObservedEventType } from '../../../src/shared/protocol';
import { generatedSentence } from '../../../src/shared/text';

const page = { procedureId: 'proc-1', url: 'https://shop.example.test/cart', pageTitle: 'Cart' };

const target: Target = {
  role: 'button',
  name: 'Pay now',
  tag: 'button',
  selectors: [['#pay'], ['aria/Pay now[role="button"]']],
  rect: { x: 10, y: 20, width: 80, height: 24 },
};

const base = {
  eventId: 'ev-1',
  seq: 1,
  at: 1_700_000_000_000,
  url: 'https://frame.example.test/inner',
  pageTitle: 'Inner frame',
  viewport: { width: 1280, height: 720, devicePixelRatio: 2 },
  sensitiveRects: [],
};

const EVENTS: { [K in ObservedEventType]: Extract<ObservedEvent, { type: K }> } = {
  click: { ...base, type: 'click', target, button: 'left', clickCount: 1 },
  type: { ...base, type: 'type', target, secret: false, value: 'ACME Corp' },
  select: { ...base, type: 'select', target, option: 'Germany', value: 'de' },
  check: { ...base, type: 'check', target, checked: true, control: 'radio' },
  key: { ...base, type: 'key', keys: ['Control', 's'], target },
  navigate: { ...base, type: 'navigate', kind: 'route' },
};

/** Builds from an event that may not match the protocol types, as a hostile page could send. */
const build = (event: unknown) => stepFromEvent(parseEvent(event), page);

describe('stepFromEvent', () => {
  it.each(Object.values(EVENTS))('turns a $type event into a $type step on the top-level page', (event) => {
    const step = stepFromEvent(event, page);
    expect(step).toMatchObject({
      type: event.type,
      id: 'ev-1',
      procedureId: 'proc-1',
      position: base.at,
      at: base.at,
      url: page.url,
      pageTitle: page.pageTitle,
      viewport: base.viewport,
    });
    expect(generatedSentence(step)).not.toMatch(/undefined|NaN/);
  });

  it('keeps each kind’s own fields', () => {
    expect(stepFromEvent(EVENTS.click, page)).toMatchObject({ target, button: 'left', clickCount: 1 });
    expect(stepFromEvent(EVENTS.type, page)).toMatchObject({ value: 'ACME Corp', secret: false });
    expect(stepFromEvent(EVENTS.select, page)).toMatchObject({ option: 'Germany', value: 'de' });
    expect(stepFromEvent(EVENTS.check, page)).toMatchObject({ checked: true, control: 'radio' });
    expect(stepFromEvent(EVENTS.key, page)).toMatchObject({ keys: ['Control', 's'], target });
    expect(stepFromEvent(EVENTS.navigate, page)).toMatchObject({ kind: 'route' });
  });

  it('never stores the value of a secret, even when the event carries one', () => {
    const step = build({ ...EVENTS.type, secret: true, secretKind: 'password', value: 'hunter2' });
    expect(step).toMatchObject({ type: 'type', secret: true, secretKind: 'password' });
    expect(step).not.toHaveProperty('value');
    expect(JSON.stringify(step)).not.toContain('hunter2');
  });

  it('stores a secret of unknown or missing kind as private', () => {
    expect(build({ ...EVENTS.type, secret: true })).toMatchObject({ secretKind: 'private' });
    const bogus = build({ ...EVENTS.type, secret: true, secretKind: '<b>bogus</b>' });
    expect(bogus).toMatchObject({ secretKind: 'private' });
    expect(generatedSentence(bogus)).toBe('Type the private value into "Pay now"');
  });

  it('clamps long strings', () => {
    const huge = 'x'.repeat(100_000);
    const step = build({
      ...EVENTS.type,
      eventId: huge,
      value: huge,
      target: {
        ...target,
        role: huge,
        name: huge,
        tag: huge,
        selectors: Array(50).fill(Array(50).fill(huge)),
      },
    });
    if (step.type !== 'type') throw new Error('not a type step');
    expect(step.id.length).toBeLessThanOrEqual(64);
    expect(step.value!.length).toBeLessThanOrEqual(5000);
    expect(step.target.role.length).toBeLessThanOrEqual(64);
    expect(step.target.tag.length).toBeLessThanOrEqual(64);
    expect(step.target.name.length).toBeLessThanOrEqual(10_000);
    expect(step.target.selectors.length).toBeLessThanOrEqual(5);
    for (const chain of step.target.selectors) {
      expect(chain.length).toBeLessThanOrEqual(10);
      for (const s of chain) expect(s.length).toBeLessThanOrEqual(2000);
    }
    const keys = build({ ...EVENTS.key, keys: Array(100).fill(huge) });
    if (keys.type !== 'key') throw new Error('not a key step');
    expect(keys.keys.length).toBeLessThanOrEqual(5);
    for (const k of keys.keys) expect(k.length).toBeLessThanOrEqual(32);
    expect(JSON.stringify(build({ ...EVENTS.select, option: huge, value: huge })).length).toBeLessThan(5000);
  });

  it('replaces non-finite numbers and non-strings', () => {
    const before = Date.now();
    const step = build({
      ...EVENTS.click,
      eventId: 42,
      at: Number.NaN,
      clickCount: Number.POSITIVE_INFINITY,
      button: 'sideways',
      viewport: { width: Number.NaN, height: Number.NEGATIVE_INFINITY, devicePixelRatio: '2' },
      target: { ...target, name: { toString: () => 'x' }, rect: { x: Number.NaN, y: 1, width: Infinity } },
    });
    if (step.type !== 'click') throw new Error('not a click step');
    expect(step.at).toBeGreaterThanOrEqual(before);
    expect(Number.isFinite(step.position)).toBe(true);
    expect(step.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(step.button).toBe('left');
    expect(step.clickCount).toBe(1);
    expect(step.viewport).toEqual({ width: 1, height: 1, devicePixelRatio: 1 });
    expect(step.target.name).toBe('');
    expect(step.target.rect).toEqual({ x: 0, y: 1, width: 0, height: 0 });
    for (const n of [...Object.values(step.target.rect), ...Object.values(step.viewport!)])
      expect(Number.isFinite(n)).toBe(true);
  });

  it('bounds click counts and choices to the known ones', () => {
    expect(build({ ...EVENTS.click, clickCount: 99 })).toMatchObject({ clickCount: 3 });
    expect(build({ ...EVENTS.check, control: 'slider', checked: 'yes' })).toMatchObject({
      control: 'checkbox',
      checked: false,
    });
    expect(build({ ...EVENTS.navigate, kind: 'tab-open' })).toMatchObject({ kind: 'route' });
  });

  it('hides the marker and says why when the frame’s place in the page is unknown', () => {
    const step = build({ ...EVENTS.click, placementUnknown: true });
    expect(step.marker).toEqual({ hidden: true });
    expect(step.problem?.code).toBe('frame-unreachable');
    expect(stepFromEvent(EVENTS.click, page).marker).toBeUndefined();
  });

  it('throws on an event of an unknown type', () => {
    expect(() => build({ ...base, type: 'scroll' })).toThrow(/unknown kind/);
    expect(() => build({ ...base })).toThrow(/unknown kind/);
  });
});

describe('navigateStep', () => {
  it('makes a navigate step of the given kind on the page', () => {
    const step = navigateStep('tab-open', page, 123, base.viewport);
    expect(step).toMatchObject({ type: 'navigate', kind: 'tab-open', at: 123, position: 123, url: page.url });
    expect(step.viewport).toEqual(base.viewport);
    expect(navigateStep('load', page, 1)).not.toHaveProperty('viewport');
  });
});
