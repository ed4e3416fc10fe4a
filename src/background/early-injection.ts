/**
 * While a recording runs, the recorder is also registered to run at document_start on the sites
 * the recording has visited. executeScript at onCommitted often arrives after a page's first
 * scripts, and a page listener on window that calls stopImmediatePropagation() then hides the
 * click (tests/e2e/hostile.test.ts; `npm run bench` counts it). Registered scripts cannot target a
 * tab, so a tab the task did not open on one of those sites loads the recorder too: it asks the
 * background once (content.hello), is told no, and removes its listeners without sending
 * anything. Sites the recording never visited run nothing, and nothing is registered when no
 * recording runs.
 */
import browser from 'webextension-polyfill';
import contentScript from '../content/bootstrap.ts?iife';

const SCRIPT_ID = 'handoff-recorder-early';

/** The match pattern for a page's site (all ports and paths), or undefined when none applies. */
export function sitePattern(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return 'file:///*';
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return `*://${parsed.hostname}/*`;
  } catch {
    // Not a URL a recording can visit.
  }
  return undefined;
}

let chain: Promise<void> = Promise.resolve();

async function syncNow(patterns: readonly string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    js: [contentScript],
    matches: [...patterns],
    runAt: 'document_start' as const,
    allFrames: true,
    persistAcrossSessions: false,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Makes the registration match `patterns` (none: unregistered); calls apply in order. */
export function syncEarlyInjection(patterns: readonly string[]): Promise<void> {
  chain = chain
    .then(() => syncNow(patterns))
    .catch((error: unknown) => console.warn('Handoff: could not register the recorder early:', error));
  return chain;
}
