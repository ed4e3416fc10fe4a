/**
 * What covering personal data costs the page: the content script's time per click (script-time.ts)
 * on a page of 10,000 elements holding 1,000 email addresses and 1,000 phone numbers, with the
 * detectors on (the defaults) and with every kind off, set in storage.local before recording.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { openPopup } from '../tests/e2e/support/popup';
import { type FixtureServer, startServer } from '../tests/e2e/support/server';
import { BIG_PAGE_ELEMENTS } from './pages';
import { measureScriptTime, type ScriptTime } from './script-time';

const STYLE =
  'body{font:16px system-ui,sans-serif;margin:24px}table{border-collapse:collapse}td{border:1px solid #ccc;padding:2px 6px}';

/**
 * bench/pages.ts's big page with a customer's email in each row's first cell and a phone in its
 * last, and a status line each click rewrites: the page changes, so every click is followed by a
 * standby screenshot and its scan (a page that never changes would reuse one picture throughout).
 */
function personalPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < BIG_PAGE_ELEMENTS / 10; i++) {
    const phone = `+49 30 ${String(1000 + i).padStart(4, '0')} ${String(5000 + i)}`;
    rows.push(
      `<tr><td><span>Customer ${i} · customer.${i}@example.test</span></td><td><button type="button" id="r${i}">Open ${i}</button>` +
        `<a href="#row${i}">Link</a></td><td><label>Qty <input name="q${i}" value="${i}"></label><b>Tel. ${phone}</b></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench customers</title>
<style>${STYLE}</style></head><body><p id="status">Nothing opened</p><table><tbody>${rows.join('')}</tbody></table>
<script>document.addEventListener('click', (e) => { if (e.target.id) document.getElementById('status').textContent = 'Opened ' + e.target.id; });</script></body></html>`;
}

export async function servePersonalPage(): Promise<{
  url: string;
  server: FixtureServer;
  close(): Promise<void>;
}> {
  const root = mkdtempSync(join(tmpdir(), 'handoff-bench-personal-'));
  writeFileSync(join(root, 'customers.html'), personalPage());
  const server = await startServer(root);
  return {
    url: server.url('customers.html'),
    server,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Turns every detector off (or back to the defaults) before a recording starts. */
async function setDetectors(ext: LaunchedExtension, on: boolean): Promise<void> {
  const page = await openPopup(ext.context, ext.extensionId);
  const kinds = { email: on, phone: on, card: on, iban: on, 'national-id': on, ip: on, mac: false };
  await page.evaluate(
    `chrome.storage.local.set({ personalData: { kinds: ${JSON.stringify(kinds)}, patterns: [], picked: [] } })`,
  );
  await page.close();
}

export async function measurePersonalCost(
  ext: LaunchedExtension,
  url: string,
  on: boolean,
): Promise<ScriptTime> {
  await setDetectors(ext, on);
  return measureScriptTime(ext, url);
}
