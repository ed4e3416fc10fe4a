/**
 * Nothing is captured outside Recording: every capture checks, just before and just after, that
 * the session is still recording and the recorded tab is the visible one; otherwise the image is
 * dropped. A deferred capture runs seconds after its step, and captureVisibleTab takes whatever
 * tab is in front at that moment.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { captureNow, NotRecordingError, TabHiddenError } from '../../../src/background/screenshot';
import { PNG_DATA_URL } from './fake-background';

let tabId = 0;
let otherTabId = 0;
let capture: ReturnType<typeof vi.fn>;

async function session(status: 'recording' | 'paused' | undefined) {
  if (!status) return browser.storage.session.remove('handoff.session');
  return browser.storage.session.set({
    'handoff.session': {
      status,
      procedureId: 'p1',
      tabIds: [tabId],
      lastTabId: tabId,
      lastActionAt: {},
      openingTabIds: [],
      pendingLoadTabIds: [],
      startedAt: Date.now(),
      pausedMs: 0,
      ...(status === 'paused' ? { pausedAt: Date.now() } : {}),
      sites: [],
    },
  });
}

const request = (whileRecording = true) => ({
  tabId,
  procedureId: 'p1',
  whileRecording,
  cover: async () => ({ rects: [], viewportWidth: 1, framesCovered: 0 }),
});

beforeEach(async () => {
  fakeBrowser.reset();
  const window = await browser.windows.create({ focused: true });
  otherTabId = (await browser.tabs.create({ url: 'https://other.example/', windowId: window.id })).id!;
  tabId = (await browser.tabs.create({ url: 'https://books.example/', active: true, windowId: window.id }))
    .id!;
  capture = vi.fn(async () => PNG_DATA_URL);
  (fakeBrowser.tabs as unknown as Record<string, unknown>).captureVisibleTab = capture;
  await session('recording');
});

describe('captureNow', () => {
  it('captures the recorded tab while recording', async () => {
    const shot = await captureNow(request());
    expect(shot.image.procedureId).toBe('p1');
    expect(capture).toHaveBeenCalledTimes(1);
  });

  it.each(['paused', undefined] as const)('takes nothing when the session is %s', async (status) => {
    await session(status);
    await expect(captureNow(request())).rejects.toBeInstanceOf(NotRecordingError);
    expect(capture).not.toHaveBeenCalled();
  });

  it('drops the picture when Pause is pressed while it is taken', async () => {
    capture.mockImplementation(async () => {
      await session('paused');
      return PNG_DATA_URL;
    });
    await expect(captureNow(request())).rejects.toBeInstanceOf(NotRecordingError);
  });

  it('takes nothing when another tab is in front', async () => {
    await browser.tabs.update(otherTabId, { active: true });
    await expect(captureNow(request())).rejects.toBeInstanceOf(TabHiddenError);
    expect(capture).not.toHaveBeenCalled();
  });

  it('drops the picture when another tab came to the front while it was taken', async () => {
    capture.mockImplementation(async () => {
      await browser.tabs.update(otherTabId, { active: true });
      return PNG_DATA_URL;
    });
    await expect(captureNow(request())).rejects.toBeInstanceOf(TabHiddenError);
  });

  it('a screenshot asked for from the editor needs no recording, but still the visible tab', async () => {
    await session(undefined);
    await expect(captureNow(request(false))).resolves.toMatchObject({ framesCovered: 0 });
    await browser.tabs.update(otherTabId, { active: true });
    await expect(captureNow(request(false))).rejects.toBeInstanceOf(TabHiddenError);
  });
});
