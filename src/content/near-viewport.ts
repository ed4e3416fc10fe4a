/**
 * Which elements are on or near the screen, kept by an IntersectionObserver, so that a
 * screenshot measures only the personal data that can be in it. Measuring every match with
 * Range.getClientRects cost a page with 1,000 emails 10–35 ms per screenshot; the observer works
 * in the browser's own rendering step, and a screenshot then measures the few dozen near the
 * viewport. Errs towards measuring: an element not reported yet, or one with no box of its own
 * (`display: contents`, whose text is laid out in its parent), counts as near, and the margin
 * (one viewport on every side) absorbs a scroll the observer has not reported yet; takeRecords()
 * applies what the last rendering step found before each look.
 */

export class NearViewport {
  private readonly observer: IntersectionObserver;
  /** Element → near the viewport; absent: not watched. */
  private readonly near = new Map<Element, boolean>();
  /** How many watched things (text nodes) need each element. */
  private readonly uses = new Map<Element, number>();
  /** The watched elements that may show (near, or not reported yet): what a screenshot measures. */
  private readonly maybe = new Set<Element>();

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.forgetAll();
  };

  constructor() {
    this.observer = new IntersectionObserver((entries) => this.apply(entries), { rootMargin: '100%' });
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  /**
   * A hidden tab renders nothing, so the observer reports nothing: rows inserted above while it
   * was hidden may have pushed a far element into view. When it shows again, every element counts
   * as near until the observer reports afresh (observing again makes it report each one).
   */
  private forgetAll(): void {
    for (const element of this.near.keys()) {
      this.near.set(element, true);
      this.maybe.add(element);
      this.observer.unobserve(element);
      this.observer.observe(element);
    }
  }

  private apply(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!this.near.has(entry.target)) continue;
      const box = entry.boundingClientRect;
      const near = entry.isIntersecting || (box.width === 0 && box.height === 0);
      this.near.set(entry.target, near);
      if (near) this.maybe.add(entry.target);
      else this.maybe.delete(entry.target);
    }
  }

  watch(element: Element): void {
    this.uses.set(element, (this.uses.get(element) ?? 0) + 1);
    if (this.near.has(element)) return;
    this.near.set(element, true);
    this.maybe.add(element);
    this.observer.observe(element);
  }

  unwatch(element: Element): void {
    const left = (this.uses.get(element) ?? 1) - 1;
    if (left > 0) {
      this.uses.set(element, left);
      return;
    }
    this.uses.delete(element);
    this.maybe.delete(element);
    if (this.near.delete(element)) this.observer.unobserve(element);
  }

  /** Applies what the browser found since the last callback; call once before asking mayShow. */
  refresh(): void {
    this.apply(this.observer.takeRecords());
  }

  /** False only when the observer reported the element far from the screen. */
  mayShow(element: Element): boolean {
    return this.near.get(element) !== false;
  }

  /** The watched elements that may show; read after refresh(). */
  mayShowAll(): ReadonlySet<Element> {
    return this.maybe;
  }

  disconnect(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer.disconnect();
    this.near.clear();
    this.uses.clear();
    this.maybe.clear();
  }
}
