/**
 * One IntersectionObserver for every lazily loaded picture on a page. A thousand steps would
 * otherwise mean a thousand observers; one observer with a callback per element costs one entry each.
 */
type Callback = (visible: boolean) => void;

/** Start loading a little before a picture scrolls into view, and let go well after it leaves. */
const MARGIN = '150% 0px';

let observer: IntersectionObserver | undefined;
const callbacks = new WeakMap<Element, Callback>();

function shared(): IntersectionObserver | undefined {
  if (typeof IntersectionObserver === 'undefined') return undefined;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: MARGIN },
  );
  return observer;
}

/** Calls back with true when `element` nears the viewport and false when it leaves; returns a stop function. */
export function observeVisibility(element: Element, callback: Callback): () => void {
  const io = shared();
  if (!io) {
    // No observer (old browser, some test DOMs): treat the element as visible.
    callback(true);
    return () => {};
  }
  callbacks.set(element, callback);
  io.observe(element);
  return () => {
    io.unobserve(element);
    callbacks.delete(element);
  };
}
