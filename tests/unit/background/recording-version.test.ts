/**
 * A recording becomes a version in the procedure's history however it ends: by Stop (the
 * shortcut here) or by closing its last tab. The background's wiring runs with a fake browser.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { procedures, steps, versions } from '../../../src/shared/db';
import { type FakeBackground, fillFakeBrowser } from './fake-background';

let wired: FakeBackground;

beforeAll(async () => {
  wired = fillFakeBrowser();
  await import('../../../src/background/index');
});

const press = () => wired.press('toggle-recording');

async function startOn(url: string) {
  const window = await browser.windows.create({ focused: true });
  const tab = await browser.tabs.create({ url, active: true, windowId: window.id });
  press();
  await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toMatch(/^(REC|1)$/));
  const procedure = (await procedures.list()).find((p) => p.startUrl === url)!;
  await vi.waitFor(async () => expect(await steps.list(procedure.id)).toHaveLength(1));
  return { tab, procedure };
}

describe('a recording as a version', () => {
  it('is saved when Stop ends the recording', async () => {
    const { procedure } = await startOn('https://books.example/invoices/new');
    expect(await versions.list(procedure.id)).toEqual([]);
    press();
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe(''));
    expect(await versions.list(procedure.id)).toMatchObject([{ reason: 'recording', stepCount: 1 }]);
  });

  it('is saved when closing the last recorded tab ends the recording', async () => {
    const { tab, procedure } = await startOn('https://books.example/customers');
    // The fake browser's tabs.remove fails on its own bookkeeping; the event is what the background hears.
    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { windowId: tab.windowId!, isWindowClosing: false });
    await vi.waitFor(async () =>
      expect(await versions.list(procedure.id)).toMatchObject([{ reason: 'recording', stepCount: 1 }]),
    );
  });
});
