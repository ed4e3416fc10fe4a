/**
 * What differs between Chrome and Firefox, decided here by feature checks (never by parsing the
 * user agent) so the rest of the code calls one API. What does not need a branch, and why:
 * - scripting.registerContentScripts: `persistAcrossSessions`, `allFrames` and `runAt` are the same
 *   in Chrome ≥ 120 and Firefox ≥ 105, below both minimum versions (scripts/targets.ts).
 * - the background: a service worker in Chrome, an event page in Firefox; both lose their globals
 *   when idle, so the same storage.session design serves both.
 */
import browser, { type Storage } from 'webextension-polyfill';

/**
 * Firefox documents no captureVisibleTab quota; still keep captures spaced, so that a burst of
 * clicks does not encode a dozen PNGs a second while the person works.
 */
const UNLIMITED_BROWSER_CAPTURES_PER_SECOND = 4;

/** captureVisibleTab calls allowed per second: Chrome's published quota (2), else a bound of our own. */
export function captureCallsPerSecond(tabs: object = browser.tabs): number {
  const quota = (tabs as { MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND?: unknown })
    .MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND;
  if (typeof quota === 'number' && quota > 0) return quota;
  return isFirefox() ? UNLIMITED_BROWSER_CAPTURES_PER_SECOND : 2;
}

/** runtime.getBrowserInfo exists only in Firefox. */
export function isFirefox(runtime: object = browser.runtime): boolean {
  return typeof (runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}

/** Holds values for the life of this background context only: the fallback below. */
function memoryArea(): Pick<Storage.StorageArea, 'get' | 'set' | 'remove'> {
  const values = new Map<string, unknown>();
  return {
    get: async (keys) => {
      const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : [...values.keys()];
      return Object.fromEntries(wanted.filter((k) => values.has(k)).map((k) => [k, values.get(k)]));
    },
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) values.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) values.delete(k);
    },
  };
}

let fallback: ReturnType<typeof memoryArea> | undefined;

/**
 * Where the recording session lives: storage.session (Chrome 102+, Firefox 115+), which outlives
 * a stopped worker or event page. Without it (an older Firefox that ignored strict_min_version),
 * memory: a recording then ends when the background is unloaded, but nothing else breaks.
 */
export function sessionArea(storage: Partial<Storage.Static> = browser.storage) {
  if (storage.session) return storage.session;
  fallback ??= memoryArea();
  return fallback;
}

/** Listens for keyboard commands where the browser has them (Firefox for Android has none). */
export function onCommand(listener: (command: string) => void): void {
  (browser as Partial<typeof browser>).commands?.onCommand.addListener(listener);
}
