/**
 * Whether the active tab can be recorded, decided before Start so the popup can explain it
 * rather than fail after. Pure: the popup gathers the facts (the tab's address, which it only
 * sees for pages Handoff may access, file access, a PDF viewer) and this names the reason.
 */
import type { MessageKey } from '../shared/i18n';

export type Unrecordable = 'browser-page' | 'extension-page' | 'store' | 'pdf' | 'file';

export const UNRECORDABLE_REASON: Record<Unrecordable, MessageKey> = {
  'browser-page': 'unrecordableBrowserPage',
  'extension-page': 'unrecordableExtensionPage',
  store: 'unrecordableStore',
  pdf: 'unrecordablePdf',
  file: 'unrecordableFile',
};

export interface TabFacts {
  /** Undefined when the browser hides it: its own pages are outside Handoff's host permissions. */
  url: string | undefined;
  /** Whether the person allowed Handoff to open file:// pages. */
  fileAccess: boolean;
  /** Whether the tab shows the browser's PDF viewer. */
  pdfViewer: boolean;
}

/** Browsers forbid extensions on their add-on stores (Chrome: `chrome.scripting` refuses them). */
function isAddonStore(url: URL): boolean {
  const host = url.hostname;
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && url.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    (host === 'microsoftedge.microsoft.com' && url.pathname.startsWith('/addons'))
  );
}

export function whyUnrecordable(tab: TabFacts): Unrecordable | undefined {
  if (!tab.url) return 'browser-page';
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return 'browser-page';
  }
  if (/^(chrome|moz|safari-web)-extension:$/.test(url.protocol)) return 'extension-page';
  if (!/^(https?|file):$/.test(url.protocol)) return 'browser-page';
  if (isAddonStore(url)) return 'store';
  if (url.protocol === 'file:' && !tab.fileAccess) return 'file';
  if (tab.pdfViewer) return 'pdf';
  return undefined;
}
