/**
 * The keyboard shortcut (commands API) starts recording the active tab and, pressed again, stops
 * it and opens the editor. Chrome cannot deliver the shortcut to a headless browser under test,
 * so the wiring in src/background/index.ts is driven here with a fake browser.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { procedures, steps } from '../../../src/shared/db';

/** A real 1×1 PNG, as captureVisibleTab returns it. */
const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

type Listener = (command: string) => void;
let registeredScripts = new Map<string, unknown>();
const commandListeners: Listener[] = [];

beforeAll(async () => {
  // Parts of the extension API the fake browser leaves unimplemented.
  const fake = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fake.commands!.onCommand = { addListener: (l: Listener) => commandListeners.push(l) };
  for (const event of [
    'onBeforeNavigate',
    'onCommitted',
    'onCompleted',
    'onHistoryStateUpdated',
    'onCreatedNavigationTarget',
  ]) {
    fake.webNavigation![event] = { addListener: () => undefined };
  }
  fake.webNavigation!.getAllFrames = async () => [];
  fake.scripting!.executeScript = vi.fn(async () => []);
  // Registered content scripts, kept like Chrome keeps them.
  const registered = new Map<string, unknown>();
  fake.scripting!.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) =>
    ids.filter((id) => registered.has(id)).map((id) => registered.get(id));
  fake.scripting!.registerContentScripts = async (scripts: Array<{ id: string }>) => {
    for (const s of scripts) registered.set(s.id, s);
  };
  fake.scripting!.updateContentScripts = fake.scripting!.registerContentScripts;
  fake.scripting!.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    for (const id of ids) registered.delete(id);
  };
  registeredScripts = registered;
  fake.tabs!.captureVisibleTab = vi.fn(async () => PNG_DATA_URL);
  await import('../../../src/background/index');
});

const press = () => {
  for (const listener of commandListeners) listener('toggle-recording');
};

describe('the toggle-recording command', () => {
  it('starts recording the active tab, then stops and opens the editor', async () => {
    const window = await browser.windows.create({ focused: true });
    const tab = await browser.tabs.create({
      url: 'https://books.example/invoices/new',
      active: true,
      windowId: window.id,
    });
    expect(commandListeners).toHaveLength(1);

    press();
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toMatch(/^(REC|1)$/));
    const [procedure] = await procedures.list();
    expect(procedure?.startUrl).toBe('https://books.example/invoices/new');
    await vi.waitFor(async () => expect(await steps.list(procedure!.id)).toHaveLength(1));
    // The recorder runs at document_start on the recorded site while recording, and only then.
    expect([...registeredScripts.values()]).toMatchObject([
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
    expect(registeredScripts.size).toBe(0);
  });
});
