/**
 * The keyboard shortcut (commands API) starts recording the active tab and, pressed again, stops
 * it and opens the editor. Chrome cannot deliver the shortcut to a headless browser under test,
 * so the wiring in src/background/index.ts is driven here with a fake browser.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { procedures, steps } from '../../../src/shared/db';
import { type FakeBackground, fillFakeBrowser } from './fake-background';

let wired: FakeBackground;

beforeAll(async () => {
  wired = fillFakeBrowser();
  await import('../../../src/background/index');
});

const press = () => wired.press('toggle-recording');

describe('the toggle-recording command', () => {
  it('starts recording the active tab, then stops and opens the editor', async () => {
    const window = await browser.windows.create({ focused: true });
    const tab = await browser.tabs.create({
      url: 'https://books.example/invoices/new',
      active: true,
      windowId: window.id,
    });
    expect(wired.commandListeners()).toBe(1);

    press();
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toMatch(/^(REC|1)$/));
    const [procedure] = await procedures.list();
    expect(procedure?.startUrl).toBe('https://books.example/invoices/new');
    await vi.waitFor(async () => expect(await steps.list(procedure!.id)).toHaveLength(1));
    // The recorder runs at document_start on the recorded site while recording, and only then.
    expect([...wired.registered.values()]).toMatchObject([
      { matches: ['*://books.example/*'], runAt: 'document_start', allFrames: true },
    ]);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: tab.id, allFrames: true } }),
    );

    press();
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe(''));
    const opened = await browser.tabs.query({});
    expect(opened.map((t) => t.url)).toContainEqual(
      expect.stringContaining(`src/editor/index.html?id=${procedure!.id}`),
    );
    expect(await browser.storage.session.get(null)).toEqual({});
    expect(wired.registered.size).toBe(0);
  });
});
