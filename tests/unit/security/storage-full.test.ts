/**
 * Storage full, seen from the background: when steps.append throws StorageFullError while a step
 * is being stored, the recording pauses (kept in storage.session, so it survives a worker
 * restart), the popup's snapshot carries the one warning, the badge shows the pause, and later
 * events are refused instead of piling up. The repository side (quota → StorageFullError) is
 * covered in tests/unit/db/quota.test.ts.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { procedures, StorageFullError } from '../../../src/shared/db';
import type { ObservedEvent } from '../../../src/shared/protocol';

// The real content-script injection needs the built IIFE and a browser; nothing here injects.
vi.mock('../../../src/background/inject', () => ({
  RECORDABLE_URL: /^(https?|file):/i,
  injectRecorder: vi.fn(async () => undefined),
  tellTab: vi.fn(async () => undefined),
  secretRectsOf: vi.fn(async () => undefined),
}));

// The disk is full: every append fails the way the repository reports it.
const append = vi.hoisted(() => vi.fn());
vi.mock('../../../src/shared/db/steps', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/shared/db/steps')>()),
  append,
}));

const { contentHandlers } = await import('../../../src/background/handlers');
const recording = await import('../../../src/background/recording');
const { readSession } = await import('../../../src/background/session');

const TAB_ID = 7;

function click(eventId: string): ObservedEvent {
  return {
    type: 'click',
    target: {
      role: 'button',
      name: 'Save invoice',
      tag: 'button',
      selectors: [['#save']],
      rect: { x: 10, y: 10, width: 80, height: 30 },
    },
    button: 'left',
    clickCount: 1,
    eventId,
    seq: 1,
    at: Date.now(),
    url: 'https://books.example/invoices/new',
    pageTitle: 'New invoice',
    viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
    sensitiveRects: [],
  };
}

const sender = {
  tabId: TAB_ID,
  frameId: 0,
  tab: {
    id: TAB_ID,
    index: 0,
    highlighted: true,
    active: true,
    pinned: false,
    incognito: false,
    url: 'https://books.example/invoices/new',
    title: 'New invoice',
  },
};

describe('storage full while recording', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    append.mockReset();
    append.mockRejectedValue(new StorageFullError());
    const procedure = await procedures.create({ title: 'New invoice', startUrl: 'https://books.example/' });
    // A recording in progress, as recording.start leaves it in storage.session.
    await browser.storage.session.set({
      'handoff.session': {
        status: 'recording',
        procedureId: procedure.id,
        tabIds: [TAB_ID],
        lastTabId: TAB_ID,
        lastActionAt: {},
        openingTabIds: [],
        pendingLoadTabIds: [],
        startedAt: Date.now(),
        pausedMs: 0,
        sites: ['*://books.example/*'],
      },
    });
    // No window is visible in the fake browser: the step goes on without a screenshot, as it would.
    (fakeBrowser.tabs as unknown as Record<string, unknown>).captureVisibleTab = vi.fn(async () => {
      throw new Error('No window to capture.');
    });
  });

  it('pauses the recording and says so once, in the snapshot and on the badge', async () => {
    const sentence = new StorageFullError().message;
    await expect(contentHandlers['content.event'](click('e1'), sender)).rejects.toThrow(sentence);
    expect(append).toHaveBeenCalledTimes(1);

    const session = await readSession();
    expect(session?.status).toBe('paused');
    expect(session?.warning).toBe(sentence);
    const snapshot = await recording.snapshot();
    expect(snapshot).toMatchObject({ status: 'paused', warning: sentence });
    expect(await browser.action.getBadgeText({})).toBe('II');

    // Later events are refused while paused: nothing is retried against the full disk.
    await expect(contentHandlers['content.event'](click('e2'), sender)).rejects.toThrow('Handoff is paused.');
    expect(append).toHaveBeenCalledTimes(1);
  });

  it('clears the warning when the person presses Resume', async () => {
    await contentHandlers['content.event'](click('e1'), sender).catch(() => undefined);
    const resumed = await recording.resume();
    expect(resumed.status).toBe('recording');
    expect(resumed.warning).toBeUndefined();
    expect((await readSession())?.warning).toBeUndefined();
  });
});
