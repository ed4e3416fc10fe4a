/**
 * `npm run demo`: records the bundled sample task (tests/e2e/fixtures/invoice) with the built
 * extension in headless Chromium, driving the popup and the editor as a person would, and saves
 * the downloaded procedure to out/demo-procedure.html.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { findChromium } from '../tests/e2e/support/chromium';
import { humanClick, humanType } from '../tests/e2e/support/clicks';
import { exportedSteps } from '../tests/e2e/support/exported-file';
import { type LaunchedExtension, launchExtension } from '../tests/e2e/support/extension';
import { openPopup, startRecording, stopRecording } from '../tests/e2e/support/popup';
import { type FixtureServer, startServer } from '../tests/e2e/support/server';

const OUT_FILE = resolve('out/demo-procedure.html');

/** Playwright messages carry a call log after the first line; the first line says what went wrong. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim().replace(/\.$/, '');
}

/** Runs one stage of the demo so that a failure says which stage it was. */
async function stage<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`while ${what}: ${firstLine(error)}`);
  }
}

async function recordSampleTask(ext: LaunchedExtension, server: FixtureServer): Promise<number> {
  const { context, extensionId } = ext;
  context.setDefaultTimeout(15_000);
  const app = await stage('opening the sample invoice page', async () => {
    const page = await context.newPage();
    await page.goto(server.url('invoice/'));
    return page;
  });
  const popup = await stage('opening the popup', () => openPopup(context, extensionId));
  await stage('pressing Start recording in the popup', () => startRecording(popup, app));
  await stage('doing the sample task on the invoice page', async () => {
    await humanType(app.getByRole('textbox', { name: 'Customer' }), 'Globex Corporation');
    // Keyboard, not selectOption(): a person's choice fires trusted events, a script's does not.
    await app.getByRole('combobox', { name: 'Currency' }).focus();
    await app.keyboard.press('ArrowDown');
    await humanClick(app.getByRole('checkbox', { name: 'Tax exempt' }));
    await humanClick(app.getByRole('button', { name: 'Save invoice' }));
    await app.getByRole('status').getByText('Invoice saved').waitFor();
  });
  const editor: Page = await stage('pressing Stop recording and waiting for the editor', () =>
    stopRecording(popup, context),
  );
  await stage('pressing Download HTML in the editor', async () => {
    const [download] = await Promise.all([
      editor.waitForEvent('download'),
      editor.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    mkdirSync(resolve('out'), { recursive: true });
    await download.saveAs(OUT_FILE);
  });
  // Count the steps in the file itself, as its reader will see them.
  return stage('opening the downloaded file', async () => {
    const check = await context.newPage();
    await check.goto(pathToFileURL(OUT_FILE).href);
    return exportedSteps(check).count();
  });
}

async function main(): Promise<void> {
  findChromium();
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  try {
    server = await startServer();
    ext = await stage('launching Chromium with the built extension', () => launchExtension());
    const steps = await recordSampleTask(ext, server);
    if (steps === 0) throw new Error(`the downloaded file ${OUT_FILE} lists no steps`);
    console.log(OUT_FILE);
    console.log(`${steps} step${steps === 1 ? '' : 's'}`);
  } finally {
    await ext?.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  const reason = firstLine(error);
  console.error(`Demo failed${reason.startsWith('while ') ? ' ' : ': '}${reason}.`);
  process.exitCode = 1;
});
