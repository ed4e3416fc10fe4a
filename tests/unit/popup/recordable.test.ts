/** Which tabs the popup refuses to start on, with a reason, before Start is pressed; and its clock. */
import { describe, expect, it } from 'vitest';
import { clockText, elapsedMs } from '../../../src/popup/clock';
import { whyUnrecordable } from '../../../src/popup/recordable';

const facts = (url: string | undefined, more: { fileAccess?: boolean; pdfViewer?: boolean } = {}) => ({
  url,
  fileAccess: more.fileAccess ?? false,
  pdfViewer: more.pdfViewer ?? false,
});

describe('whyUnrecordable', () => {
  it.each([
    [undefined, 'browser-page'],
    ['chrome://settings/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/src/editor/index.html', 'extension-page'],
    ['moz-extension://1234/src/popup/index.html', 'extension-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/category/extensions', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['file:///home/me/page.html', 'file'],
  ])('%s cannot be recorded: %s', (url, reason) => {
    expect(whyUnrecordable(facts(url))).toBe(reason);
  });

  it('explains a PDF in the browser’s viewer', () => {
    expect(whyUnrecordable(facts('https://example.com/report', { pdfViewer: true }))).toBe('pdf');
  });

  it('allows ordinary pages, other Google pages, and files once file access is on', () => {
    expect(whyUnrecordable(facts('https://example.com/invoices?id=1'))).toBeUndefined();
    expect(whyUnrecordable(facts('http://127.0.0.1:8080/'))).toBeUndefined();
    expect(whyUnrecordable(facts('https://chrome.google.com/intl/en/chrome/'))).toBeUndefined();
    expect(whyUnrecordable(facts('file:///home/me/page.html', { fileAccess: true }))).toBeUndefined();
  });
});

describe('the recording clock', () => {
  const snap = { status: 'recording' as const, stepCount: 0, startedAt: 1_000_000, pausedMs: 30_000 };

  it('counts time spent recording, not time paused', () => {
    expect(elapsedMs(snap, 1_095_000)).toBe(65_000);
    expect(elapsedMs({ ...snap, status: 'paused', pausedAt: 1_050_000 }, 9_999_999)).toBe(20_000);
  });

  it('reads like a stopwatch', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_400)).toBe('1:05');
    expect(clockText(3_723_000)).toBe('1:02:03');
  });
});
