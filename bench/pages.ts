/**
 * The web pages the benchmarks click on, written to a temporary folder and served by the e2e
 * fixture server on 127.0.0.1 (the recorder records http pages, not data: or about: ones).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FixtureServer, startServer } from '../tests/e2e/support/server';

const STYLE = `body{font:16px system-ui,sans-serif;margin:24px}
.grid{display:grid;grid-template-columns:repeat(5,160px);gap:16px}
.grid button{height:48px}
table{border-collapse:collapse}td{border:1px solid #ccc;padding:2px 6px}`;

/** Ten buttons far enough apart that consecutive clicks never count as a double click. */
function buttonsPage(): string {
  const buttons = Array.from(
    { length: 10 },
    (_, i) => `<button type="button" id="b${i}">Action ${i + 1}</button>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench buttons</title>
<style>${STYLE}</style></head><body><h1>Bench buttons</h1>
<p>Plain buttons with no handlers of their own.</p><div class="grid">${buttons.join('')}</div>
<label>Note <input id="note" type="text"></label></body></html>`;
}

/**
 * The same buttons on a page that never settles (a clock ticking every 50 ms): no standby picture
 * matches a click there, so every click is captured at the moment it happens.
 */
function tickingPage(): string {
  return buttonsPage()
    .replace('<title>Bench buttons</title>', '<title>Bench ticking</title>')
    .replace(
      '</body>',
      '<p>Time: <span id="tick">0</span></p><script>let n = 0; setInterval(() => { document.getElementById("tick").textContent = String(++n); }, 50);</script></body>',
    );
}

/** A table of 1,000 rows × (tr + 4 td + button + span + input … ) = 10,000 elements in the body. */
export const BIG_PAGE_ELEMENTS = 10_000;
function bigPage(): string {
  const rows: string[] = [];
  // Each row: tr, 3 × td, span, button, a, input, label, b = 10 elements.
  for (let i = 0; i < BIG_PAGE_ELEMENTS / 10; i++) {
    rows.push(
      `<tr><td><span>Invoice ${i}</span></td><td><button type="button" id="r${i}">Open ${i}</button>` +
        `<a href="#row${i}">Link</a></td><td><label>Qty <input name="q${i}" value="${i}"></label><b>€${i}</b></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench big page</title>
<style>${STYLE}</style></head><body><table><tbody>${rows.join('')}</tbody></table></body></html>`;
}

export interface BenchPages {
  server: FixtureServer;
  buttons: string;
  ticking: string;
  big: string;
  close(): Promise<void>;
}

export async function servePages(): Promise<BenchPages> {
  const root = mkdtempSync(join(tmpdir(), 'handoff-bench-pages-'));
  writeFileSync(join(root, 'buttons.html'), buttonsPage());
  writeFileSync(join(root, 'big.html'), bigPage());
  writeFileSync(join(root, 'ticking.html'), tickingPage());
  const server = await startServer(root);
  return {
    server,
    buttons: server.url('buttons.html'),
    big: server.url('big.html'),
    ticking: server.url('ticking.html'),
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
