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
  /** Scrolling the whole list top to bottom in about four seconds, one step per frame. */
  scroll: { frameMedianMs: number; frameP95Ms: number; heapMiB: number; screenshotsHeld: number };
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

/**
 * Scrolls from top to bottom over ~240 frames, recording each frame's interval; then the JS heap
 * and how many screenshots are held as object URLs (lazy loading should keep this near a screenful).
 */
const SCROLL = `new Promise((resolve) => {
  window.scrollTo(0, 0);
  const total = document.documentElement.scrollHeight - innerHeight;
  const frames = 240;
  const gaps = [];
  let last = performance.now();
  let i = 0;
  const step = (now) => {
    gaps.push(now - last);
    last = now;
    window.scrollTo(0, (total * ++i) / frames);
    if (i < frames) return requestAnimationFrame(step);
    setTimeout(() => {
      gaps.sort((a, b) => a - b);
      const at = (q) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))];
      resolve(JSON.stringify({
        frameMedianMs: at(0.5),
        frameP95Ms: at(0.95),
        heapMiB: (performance.memory ? performance.memory.usedJSHeapSize : 0) / 1048576,
        screenshotsHeld: document.querySelectorAll('img[src^="blob:"]').length,
      }));
    }, 500);
  };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(step); });
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
    const scroll = JSON.parse(String(await editor.evaluate(SCROLL))) as EditorLoad['scroll'];
    results.push({ steps, firstVisibleMs, allRenderedMs, scroll });
    await editor.close();
  }
  await seeder.close();
  return results;
}
