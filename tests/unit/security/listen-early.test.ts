/**
 * The recorder adds its window capture listeners the moment it is injected, before the
 * background has answered content.hello, so that a page script which runs meanwhile cannot put
 * a stopImmediatePropagation() listener in front of it. What it sees in that moment is held in
 * the page: sent if the background says "record", dropped if it says no (or "paused").
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Outbox } from '../../../src/content/outbox';
import { Recorder } from '../../../src/content/recorder';
import type { ObservedEvent } from '../../../src/shared/protocol';

function trustedPointerDown(element: Element): void {
  const event = new PointerEvent('pointerdown', { bubbles: true, composed: true, isPrimary: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

/** A page script like tests/e2e/fixtures/hostile/toolkit.js: stops pointer events at the window. */
function pageToolkit(): () => void {
  const stop = (event: Event) => event.stopImmediatePropagation();
  window.addEventListener('pointerdown', stop, true);
  return () => window.removeEventListener('pointerdown', stop, true);
}

function setUp() {
  document.body.innerHTML = '<button type="button" id="archive">Archive</button>';
  const pushed: ObservedEvent[] = [];
  const outbox = { push: vi.fn((event: ObservedEvent) => pushed.push(event)) } as unknown as Outbox;
  const recorder = new Recorder(outbox);
  const button = document.getElementById('archive')!;
  return { recorder, pushed, button };
}

describe('Recorder.listenEarly', () => {
  const cleanUps: Array<() => void> = [];
  afterEach(() => {
    for (const cleanUp of cleanUps.splice(0)) cleanUp();
  });

  it('comes before a page listener added while the background answers, and sends what it held', () => {
    const { recorder, pushed, button } = setUp();
    recorder.listenEarly();
    cleanUps.push(() => recorder.detach(), pageToolkit());
    trustedPointerDown(button);
    expect(pushed).toEqual([]);
    recorder.attach();
    expect(pushed.map((e) => e.type === 'click' && e.target.name)).toEqual(['Archive']);
    trustedPointerDown(button);
    expect(pushed).toHaveLength(2);
  });

  it('drops what it held when the background says this document does not record', () => {
    const { recorder, pushed, button } = setUp();
    recorder.listenEarly();
    trustedPointerDown(button);
    recorder.detach();
    trustedPointerDown(button);
    expect(pushed).toEqual([]);
    expect(recorder.attached).toBe(false);
  });

  it('is what a late attach() cannot be: a listener added after the page’s sees nothing', () => {
    const { recorder, pushed, button } = setUp();
    cleanUps.push(pageToolkit());
    recorder.attach();
    cleanUps.push(() => recorder.detach());
    trustedPointerDown(button);
    expect(pushed).toEqual([]);
  });
});
