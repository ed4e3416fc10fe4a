/** NearViewport (content/near-viewport.ts): unknown counts as near; only a reported far element is skipped. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NearViewport } from '../../../src/content/near-viewport';

/** An IntersectionObserver whose pending records the test sets, as the rendering step would. */
class FakeObserver {
  static last: FakeObserver;
  pending: IntersectionObserverEntry[] = [];
  observed = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  takeRecords() {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

const entry = (target: Element, isIntersecting: boolean, width = 100, height = 20) =>
  ({ target, isIntersecting, boundingClientRect: { width, height } }) as unknown as IntersectionObserverEntry;

afterEach(() => vi.unstubAllGlobals());

describe('NearViewport', () => {
  it('measures until told otherwise, and keeps boxless elements measured', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const near = new NearViewport();
    const [a, b, c] = ['a', 'b', 'c'].map((id) => Object.assign(document.createElement('p'), { id }));
    for (const element of [a!, b!, c!]) near.watch(element);
    expect([a, b, c].map((e) => near.mayShow(e!))).toEqual([true, true, true]);
    FakeObserver.last.pending = [entry(a!, true), entry(b!, false), entry(c!, false, 0, 0)];
    near.refresh();
    expect([a, b, c].map((e) => near.mayShow(e!))).toEqual([true, false, true]);
    // A second user keeps it watched; the last one lets it go.
    near.watch(b!);
    near.unwatch(b!);
    expect(FakeObserver.last.observed.has(b!)).toBe(true);
    near.unwatch(b!);
    expect(FakeObserver.last.observed.has(b!)).toBe(false);
    near.disconnect();
  });

  it('measures everything again when a hidden tab shows, until the observer reports afresh', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const near = new NearViewport();
    const far = document.createElement('p');
    near.watch(far);
    FakeObserver.last.pending = [entry(far, false)];
    near.refresh();
    expect(near.mayShow(far)).toBe(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(near.mayShow(far)).toBe(true);
    near.disconnect();
  });
});
