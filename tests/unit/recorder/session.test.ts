/**
 * The recording session in storage.session: events are applied one after another, never over
 * each other, and what is read back is checked, an invalid value counting as idle.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import {
  dispatch,
  isRecordedTab,
  readSession,
  readSessionInOrder,
  type Session,
} from '../../../src/background/session';

const KEY = 'handoff.session';

const session = (): Session => ({
  status: 'recording',
  procedureId: 'proc-1',
  tabIds: [1],
  lastTabId: 1,
  sites: ['*://books.example/*'],
  lastActionAt: {},
  openingTabIds: [],
  pendingLoadTabIds: [],
  startedAt: 0,
  pausedMs: 0,
});

const start = { type: 'start', procedureId: 'proc-1', tabId: 1, site: '*://books.example/*', at: 0 } as const;

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  warn.mockRestore();
});

describe('dispatch', () => {
  it('starts, changes and ends the session in storage.session', async () => {
    expect(await readSession()).toBeUndefined();
    expect(await dispatch(start)).toMatchObject({ before: undefined, after: session() });
    expect(await readSession()).toEqual(session());
    const { before, after } = await dispatch({ type: 'pause', at: 5 });
    expect(before?.status).toBe('recording');
    expect(after).toMatchObject({ status: 'paused', pausedAt: 5 });
    expect(await readSession()).toMatchObject({ status: 'paused', pausedAt: 5 });
    await dispatch({ type: 'stop' });
    expect(await readSession()).toBeUndefined();
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it('writes nothing for an event that changes nothing', async () => {
    await dispatch(start);
    const set = vi.spyOn(browser.storage.session, 'set');
    await dispatch({ type: 'tab-activated', tabId: 1 });
    await dispatch({ type: 'resume', at: 1 });
    expect(set).not.toHaveBeenCalled();
  });

  it('applies concurrent events one after another, losing none', async () => {
    await dispatch(start);
    const opened = [2, 3, 4, 5, 6].map((tabId) =>
      dispatch(async () => {
        await tick(); // an await while the event is made, as Start creating its procedure has
        return { type: 'tab-opened', sourceTabId: 1, tabId };
      }),
    );
    const results = await Promise.all(opened);
    expect(results.map((r) => r.after?.tabIds.at(-1))).toEqual([2, 3, 4, 5, 6]);
    expect((await readSession())?.tabIds).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads the session as it was when its turn came, so only one of two Starts starts', async () => {
    const created: string[] = [];
    const press = () =>
      dispatch(async (current) => {
        if (current) return undefined;
        await tick();
        created.push('procedure');
        return start;
      });
    const [first, second] = await Promise.all([press(), press()]);
    expect(created).toHaveLength(1);
    expect(first.before).toBeUndefined();
    expect(second.before).toEqual(session());
  });

  it('keeps going after an update that throws', async () => {
    await dispatch(start);
    const failing = dispatch(() => {
      throw new Error('boom');
    });
    const after = dispatch({ type: 'tab-opened', sourceTabId: 1, tabId: 9 });
    await expect(failing).rejects.toThrow('boom');
    expect((await after).after?.tabIds).toEqual([1, 9]);
    expect((await readSessionInOrder())?.tabIds).toEqual([1, 9]);
  });

  it('reads in order: after every update already queued', async () => {
    await dispatch(start);
    void dispatch(async () => {
      await tick();
      return { type: 'pause', at: 1 };
    });
    expect((await readSessionInOrder())?.status).toBe('paused');
  });
});

describe('reading what is stored', () => {
  it('treats an invalid stored session as idle, with a warning, and does not throw', async () => {
    await browser.storage.session.set({ [KEY]: { status: 'recording', tabIds: 'all' } });
    expect(await readSession()).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('invalid'), expect.any(String));
  });

  it('removes the invalid value at the next update, saying so once', async () => {
    await browser.storage.session.set({ [KEY]: { ...session(), lastTabId: 42 } });
    const applied = await dispatch({ type: 'worker-restarted' });
    expect(applied).toEqual({ before: undefined, after: undefined, discarded: true });
    expect(await browser.storage.session.get(null)).toEqual({});
    expect((await dispatch({ type: 'worker-restarted' })).discarded).toBe(false);
  });

  it('lets Start begin afresh over an invalid value', async () => {
    await browser.storage.session.set({ [KEY]: 'garbage' });
    expect((await dispatch(start)).after).toEqual(session());
    expect(await readSession()).toEqual(session());
  });

  it('keeps a valid session across a worker restart', async () => {
    await dispatch(start);
    const applied = await dispatch({ type: 'worker-restarted' });
    expect(applied).toEqual({ before: session(), after: session(), discarded: false });
  });
});

describe('isRecordedTab', () => {
  it('is true only for tabs of a running session', () => {
    expect(isRecordedTab(session(), 1)).toBe(true);
    expect(isRecordedTab(session(), 2)).toBe(false);
    expect(isRecordedTab(session(), undefined)).toBe(false);
    expect(isRecordedTab(undefined, 1)).toBe(false);
  });
});
