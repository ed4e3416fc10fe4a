/** Export of a seeded procedure through the editor's own buttons, timed to the download event. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { VIEWPORT } from './browser';
import { openEditor } from './editor-load';
import { DATABASE_PAGE, openExtensionPage, seedProcedure } from './extension-page';

export interface ExportTiming {
  button: string;
  steps: number;
  /** From the button press until the browser starts the download (the file is built by then). */
  ms: number;
  bytes: number;
  /** A copy of the file, kept for the import benchmark. */
  savedAs: string;
}

/** Every download button the editor offers; missing ones (older builds) are skipped. */
const BUTTONS = ['Download HTML', 'Download Markdown', 'Download Handoff file', 'Download Word (.docx)'];

export async function measureExport(
  ext: LaunchedExtension,
  png: { base64: string },
  steps: number,
  keepIn: string,
): Promise<ExportTiming[]> {
  const seeder = await openExtensionPage(ext.context, ext.extensionId, DATABASE_PAGE);
  const id = await seedProcedure(seeder, steps, png.base64, VIEWPORT);
  await seeder.close();
  const editor = await openEditor(ext, id);
  await editor.getByRole('button', { name: 'Download HTML' }).waitFor({ timeout: 20_000 });
  await editor.locator('section.steps ol > li img').first().waitFor({ timeout: 20_000 });
  const results: ExportTiming[] = [];
  for (const name of BUTTONS) {
    const button = editor.getByRole('button', { name, exact: true });
    if ((await button.count()) === 0) continue;
    await button.and(editor.locator(':enabled')).waitFor({ timeout: 60_000 });
    const started = Date.now();
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 120_000 }),
      button.click(),
    ]);
    const ms = Date.now() - started;
    const savedAs = join(keepIn, `${name.replace(/\W+/g, '-')}-${download.suggestedFilename()}`);
    await download.saveAs(savedAs);
    results.push({ button: name, steps, ms, bytes: statSync(savedAs).size, savedAs });
    await download.delete();
  }
  await editor.close();
  return results;
}
