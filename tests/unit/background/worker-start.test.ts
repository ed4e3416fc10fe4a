/**
 * A worker that starts over a stored session it cannot read (the schema refuses it) does not
 * crash: it treats the recording as ended, removes the value, says so in a warning, and leaves
 * the toolbar idle and no recorder registered. The wiring in src/background/index.ts, driven with
 * a fake browser.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fillFakeBrowser } from './fake-background';

// The background imports the built content script's path; the unit run has no crxjs to build it.
vi.mock('../../../src/content/bootstrap.ts?iife', () => ({ default: 'content-script.js' }));

const unregistered: string[][] = [];
const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

beforeAll(async () => {
  const { fake } = fillFakeBrowser();
  // The early registration an earlier life of the worker made for the recording.
  fake.scripting!.getRegisteredContentScripts = async () => [{ id: 'handoff-recorder-early' }];
  fake.scripting!.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    unregistered.push(ids);
  };
  await browser.action.setBadgeText({ text: '3' });
  // A recording whose stored session names a step tab it does not record.
  await browser.storage.session.set({
    'handoff.session': {
      status: 'recording',
      procedureId: 'p1',
      tabIds: [4],
      lastTabId: 5,
      lastActionAt: {},
      openingTabIds: [],
      pendingLoadTabIds: [],
      startedAt: 1,
      pausedMs: 0,
      sites: ['*://books.example/*'],
    },
  });
  await import('../../../src/background/index');
});

afterAll(() => {
  warn.mockRestore();
});

describe('a worker starting over an invalid stored session', () => {
  it('ends it: storage emptied, badge idle, recorder unregistered, one warning', async () => {
    await vi.waitFor(async () => expect(await browser.storage.session.get(null)).toEqual({}));
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({})).toBe(''));
    await vi.waitFor(() => expect(unregistered).toEqual([['handoff-recorder-early']]));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('invalid'), expect.any(String));
  });
});
