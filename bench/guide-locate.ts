/**
 * The guide's locator in Chromium: the recorder's describe() records targets on one page, the
 * page changes, and locate() finds them again. Run in the page's main world from one bundle (the
 * guide runs the same code in its isolated world). Figures: time to locate per step on a page of
 * 10,000 elements, and on the guide fixture app (version 1 → version 2) steps found, wrong picks.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { FIXTURES_DIR, startServer } from '../tests/e2e/support/server';

/** One script for the page, by Vite's build API (no project config: this is not the extension). */
async function bundle(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'chrome120',
      lib: {
        entry: join(import.meta.dirname, 'guide-locate-entry.ts'),
        formats: ['iife'],
        name: 'handoffGuideBench',
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const first = Array.isArray(out) ? out[0] : out;
  const chunk = first?.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('The locator did not bundle.');
  return chunk.code;
}

export interface LocateTiming {
  steps: number;
  found: number;
  wrong: number;
  timesMs: number[];
}

/** Records `selectors` with describe(), runs `change` in the page, then locates each `rounds` times. */
async function recordChangeLocate(
  page: Page,
  script: string,
  selectors: string[],
  change: string,
  rounds: number,
): Promise<LocateTiming> {
  await page.addScriptTag({ content: script });
  return (await page.evaluate(
    `(async () => {
      const { describe, locate } = globalThis.__handoffGuideBench;
      const selectors = ${JSON.stringify(selectors)};
      const marked = selectors.map((s, i) => {
        const el = document.querySelector(s);
        el.setAttribute('data-bench-expect', String(i));
        return describe(el);
      });
      ${change}
      const timesMs = [];
      let found = 0, wrong = 0;
      for (let round = 0; round < ${rounds}; round++) {
        marked.forEach((target, i) => {
          const t0 = performance.now();
          const r = locate(target, document);
          timesMs.push(performance.now() - t0);
          if (round > 0) return;
          if (r.found && r.element.getAttribute('data-bench-expect') === String(i)) found++;
          else if (r.found) wrong++;
        });
      }
      return { steps: marked.length, found, wrong, timesMs };
    })()`,
  )) as LocateTiming;
}

/** Targets spread over the 10,000-element bench page: buttons, links and fields in 10 rows each. */
function bigPageTargets(): string[] {
  const rows = Array.from({ length: 10 }, (_, i) => 1 + i * 111);
  return rows.flatMap((r) => [
    `tbody > tr:nth-child(${r}) button`,
    `tbody > tr:nth-child(${r}) a`,
    `tbody > tr:nth-child(${r}) input`,
  ]);
}

/** Every id removed: the recorded `#id` selectors find nothing, as after a rebuild. */
const DROP_IDS = `for (const el of document.querySelectorAll('[id]')) el.removeAttribute('id');`;

export async function measureLocateBigPage(
  ext: LaunchedExtension,
  url: string,
): Promise<{ same: LocateTiming; noIds: LocateTiming }> {
  const script = await bundle();
  const page = await ext.context.newPage();
  try {
    await page.goto(url);
    const same = await recordChangeLocate(page, script, bigPageTargets(), '', 5);
    await page.reload();
    const noIds = await recordChangeLocate(page, script, bigPageTargets(), DROP_IDS, 5);
    return { same, noIds };
  } finally {
    await page.close();
  }
}

/** The e2e's task on the guide fixture app: v1's elements, and where each is in v2 (null: removed). */
const APP_STEPS: Array<{ page: string; v1: string; v2: string | null }> = [
  { page: 'index.html', v1: '#open-a2', v2: '#q9z-o3' },
  { page: 'index.html', v1: '#cust-a1', v2: '#q9z-cust' },
  { page: 'index.html', v1: '#cat-a1', v2: '#q9z-cat' },
  { page: 'index.html', v1: '#urgent-a1', v2: '#q9z-urg' },
  { page: 'index.html', v1: '#archive-a1', v2: null },
  { page: 'index.html', v1: '#save-a1', v2: '#q9z-save' },
  { page: 'saved.html', v1: '#report-a1', v2: '#k2-report' },
  { page: 'report.html', v1: '#dl-a1', v2: '#k2-dl' },
];

export interface AppResult {
  steps: number;
  found: number;
  wrong: number;
  /** Steps whose element is gone in version 2 and that were rightly not found. */
  rightlyMissing: number;
}

/** Records on version 1 of the guide fixture app, locates on version 2 served at the same address. */
export async function measureAlteredApp(ext: LaunchedExtension): Promise<AppResult> {
  const script = await bundle();
  const server = await startServer(join(FIXTURES_DIR, 'guide'));
  const page = await ext.context.newPage();
  const result: AppResult = { steps: APP_STEPS.length, found: 0, wrong: 0, rightlyMissing: 0 };
  try {
    for (const step of APP_STEPS) {
      await page.goto(server.url(`v1/${step.page}`));
      await page.addScriptTag({ content: script });
      const target = await page.evaluate(
        `globalThis.__handoffGuideBench.describe(document.querySelector(${JSON.stringify(step.v1)}))`,
      );
      await page.goto(server.url(`v2/${step.page}`));
      await page.addScriptTag({ content: script });
      const picked = (await page.evaluate(
        `(() => { const r = globalThis.__handoffGuideBench.locate(${JSON.stringify(target)}, document);
          return r.found ? (r.element.id || 'an element without id') : null; })()`,
      )) as string | null;
      if (picked === null && step.v2 === null) result.rightlyMissing++;
      else if (picked !== null && `#${picked}` === step.v2) result.found++;
      else if (picked !== null) result.wrong++;
    }
    return result;
  } finally {
    await page.close();
    await server.close();
  }
}
