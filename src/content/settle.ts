/**
 * Tells the background when the recorded page has settled after a change, so that it can keep a
 * standby screenshot (background/standby.ts): the picture a click that navigates, or opens a tab,
 * leaves no time to take. Every event carries the page's stamp; a standby taken at the same stamp
 * shows exactly the page the person acted on. Top frame only: frames change inside the top page's
 * picture, and their steps capture live.
 */
import { domVersion, onDomChange } from './dom-version';

/** Quiet time after a change before the page counts as settled. */
const SETTLE_MS = 300;
/** A page that never stops changing (a clock, a feed) is reported at least this often. */
const MAX_WAIT_MS = 1500;

/** This document, for the background: change counts restart in every new document. */
const DOCUMENT_ID = crypto.randomUUID();

/**
 * Changes that no mutation reports but that change what a screenshot shows. Counted apart from
 * the DOM's change count: that one keys the recorder's caches of the page's structure, which a
 * focus change or a keystroke does not touch.
 */
// visibilitychange: a tab coming back to the front after its page changed while hidden. Focus
// alone is not counted: a focus ring is no reason for a new picture, and a click that moves focus
// would otherwise cost the page a settle report and the next step a live capture.
const VISIBLE_CHANGES = ['scroll', 'resize', 'input', 'change', 'visibilitychange'];
let visibleChanges = 0;

/** The page's identity and change counts: equal stamps mean the page looks the same. */
export function pageStamp(): string | undefined {
  return window.top === window ? `${DOCUMENT_ID}:${domVersion(document)}:${visibleChanges}` : undefined;
}

/** Starts reporting; returns the way to stop. Only the top frame reports. */
export function reportSettling(send: (stamp: string) => void): () => void {
  if (window.top !== window) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | undefined;
  const report = () => {
    timer = undefined;
    firstChangeAt = undefined;
    const stamp = pageStamp();
    if (stamp) send(stamp);
  };
  const changed = () => {
    const now = performance.now();
    firstChangeAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(report, now - firstChangeAt >= MAX_WAIT_MS ? 0 : SETTLE_MS);
  };
  const mark = () => {
    visibleChanges++;
    changed();
  };
  const stopChanges = onDomChange(document, changed);
  for (const type of VISIBLE_CHANGES) window.addEventListener(type, mark, { capture: true, passive: true });
  // The page as it is when recording starts (or resumes) is the first standby.
  changed();
  return () => {
    stopChanges();
    if (timer !== undefined) clearTimeout(timer);
    for (const type of VISIBLE_CHANGES) window.removeEventListener(type, mark, { capture: true });
  };
}
