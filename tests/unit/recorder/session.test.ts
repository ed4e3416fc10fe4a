/** The recording session in storage.session: changes run one after another, never over each other. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  changeSession,
  isRecordedTab,
  readSession,
  readSessionInOrder,
  type Session,
} from '../../../src/background/session';

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
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('changeSession', () => {
  it('starts, changes and ends the session in storage.session', async () => {
    expect(await readSession()).toBeUndefined();
    await changeSession(() => ({ next: session(), result: undefined }));
    expect(await readSession()).toEqual(session());
    const result = await changeSession((current) => ({
      next: current && { ...current, status: 'paused' },
      result: 'paused',
    }));
    expect(result).toBe('paused');
    expect((await readSession())?.status).toBe('paused');
    await changeSession(() => ({ next: undefined, result: undefined }));
    expect(await readSession()).toBeUndefined();
  });

  it('applies concurrent read-modify-write changes one after another, losing none', async () => {
    await changeSession(() => ({ next: session(), result: undefined }));
    const adds = [2, 3, 4, 5, 6].map((tabId) =>
      changeSession(async (current) => {
        await tick(); // an await inside the change, as real handlers have
        return { next: current && { ...current, tabIds: [...current.tabIds, tabId] }, result: tabId };
      }),
    );
    expect(await Promise.all(adds)).toEqual([2, 3, 4, 5, 6]);
    expect((await readSession())?.tabIds).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps going after a change that throws', async () => {
    await changeSession(() => ({ next: session(), result: undefined }));
    const failing = changeSession(() => {
      throw new Error('boom');
    });
    const after = changeSession((current) => ({
      next: current && { ...current, lastTabId: 9 },
      result: 'ok',
    }));
    await expect(failing).rejects.toThrow('boom');
    expect(await after).toBe('ok');
    expect((await readSessionInOrder())?.lastTabId).toBe(9);
  });

  it('reads in order: after every change already queued', async () => {
    await changeSession(() => ({ next: session(), result: undefined }));
    void changeSession(async (current) => {
      await tick();
      return { next: current && { ...current, status: 'paused' }, result: undefined };
    });
    expect((await readSessionInOrder())?.status).toBe('paused');
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
