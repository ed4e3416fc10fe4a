/**
 * Editor: time from navigation start until the first step is visible, its screenshot decoded, for a
 * procedure seeded straight into IndexedDB (see seedProcedure).
 */
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { EDITOR_PATH, extensionUrl } from '../tests/e2e/support/popup';
import { VIEWPORT } from './browser';
import { DATABASE_PAGE, openExtensionPage, seedProcedure } from './extension-page';

export interface EditorLoad {
  steps: number;
  /** performance.now() in the editor when the first <li> with a decoded <img> is in the viewport. */
  firstVisibleMs: number;
  /** performance.now() when the whole list is rendered (the list's aria-busy turned false). */
  allRenderedMs: number;
}

/** A real screenshot of a real page: the PNG every seeded step reuses. */
export async function screenshotPng(page: Page): Promise<{ base64: string; bytes: number }> {
  const png = await page.screenshot({ type: 'png' });
  return { base64: png.toString('base64'), bytes: png.length };
}

const FIRST_VISIBLE = `new Promise((resolve) => {
  const check = () => {
    for (const li of document.querySelectorAll('section.steps ol > li')) {
      const img = li.querySelector('img');
      if (!img || !img.complete || img.naturalWidth === 0) continue;
      const r = li.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0) return resolve(performance.now());
      break;
    }
    requestAnimationFrame(check);
  };
  check();
})`;

const ALL_RENDERED = `new Promise((resolve) => {
  const check = () => {
    const list = document.querySelector('section.steps ol');
    if (list && list.getAttribute('aria-busy') === 'false') return resolve(performance.now());
    setTimeout(check, 5);
  };
  check();
})`;

export async function openEditor(ext: LaunchedExtension, procedureId: string): Promise<Page> {
  const editor = await ext.context.newPage();
  await editor.setViewportSize(VIEWPORT);
  await editor.goto(`${extensionUrl(ext.extensionId, EDITOR_PATH)}?id=${encodeURIComponent(procedureId)}`, {
    waitUntil: 'commit',
  });
  return editor;
}

export async function measureEditorLoad(
  ext: LaunchedExtension,
  png: { base64: string },
  counts: readonly number[],
): Promise<EditorLoad[]> {
  const seeder = await openExtensionPage(ext.context, ext.extensionId, DATABASE_PAGE);
  const results: EditorLoad[] = [];
  for (const steps of counts) {
    const id = await seedProcedure(seeder, steps, png.base64, VIEWPORT);
    const editor = await openEditor(ext, id);
    const firstVisibleMs = Number(await editor.evaluate(FIRST_VISIBLE));
    const allRenderedMs = Number(await editor.evaluate(ALL_RENDERED));
    results.push({ steps, firstVisibleMs, allRenderedMs });
    await editor.close();
  }
  await seeder.close();
  return results;
}
