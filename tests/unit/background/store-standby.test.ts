/**
 * Steps on standby screenshots: a step whose page has not changed since the standby uses it as
 * its "before" picture without a capture; a step whose live capture is lost (a click that
 * navigated) falls back to it, labelled 'earlier'; after Pause nothing stands in.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { ShotRequest } from '../../../src/background/screenshot';
import type { Standby } from '../../../src/background/standby';
import { storeStep } from '../../../src/background/store-step';
import { images, procedures, steps } from '../../../src/shared/db';
import type { Step } from '../../../src/shared/model';
import { PNG_DATA_URL } from './fake-background';

let tabId = 0;
let procedureId = '';
let capture: ReturnType<typeof vi.fn>;
let counter = 0;
let clock = Date.now();

function click(): Step {
  counter++;
  return {
    id: `s${counter}`,
    procedureId,
    position: counter,
    at: counter,
    url: 'https://books.example/',
    pageTitle: 'Books',
    type: 'click',
    target: {
      role: 'button',
      name: 'Save',
      tag: 'button',
      selectors: [['#s']],
      rect: { x: 1, y: 1, width: 9, height: 9 },
    },
    button: 'left',
    clickCount: 1,
  };
}

const shot = (): ShotRequest => ({
  tabId,
  procedureId,
  whileRecording: true,
  cover: async () => ({ rects: [], viewportWidth: 1, framesCovered: 0 }),
});

function standby(): Standby {
  return {
    stamp: 'doc:7',
    procedureId,
    image: {
      id: `standby-${counter}`,
      procedureId,
      blob: new Blob([new Uint8Array([1])], { type: 'image/png' }),
      width: 1,
      height: 1,
    },
    framesCovered: 0,
    capturedAt: 1234,
  };
}

async function setSession(status: 'recording' | 'paused') {
  await browser.storage.session.set({
    'handoff.session': {
      status,
      procedureId,
      tabIds: [tabId],
      lastTabId: tabId,
      lastActionAt: {},
      openingTabIds: [],
      pendingLoadTabIds: [],
      startedAt: 1,
      pausedMs: 0,
      ...(status === 'paused' ? { pausedAt: 1 } : {}),
      sites: [],
    },
  });
}

const stored = async (id: string) => (await steps.list(procedureId)).find((s) => s.id === id);

beforeEach(async () => {
  fakeBrowser.reset();
  // Only Date is faked: each test starts seconds after the last, with a fresh capture quota.
  clock += 10_000;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
  const window = await browser.windows.create({ focused: true });
  tabId = (await browser.tabs.create({ url: 'https://books.example/', active: true, windowId: window.id }))
    .id!;
  procedureId = (await procedures.create({ title: 'Books', startUrl: 'https://books.example/' })).id;
  capture = vi.fn(async () => PNG_DATA_URL);
  (fakeBrowser.tabs as unknown as Record<string, unknown>).captureVisibleTab = capture;
  await setSession('recording');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('storeStep with a standby screenshot', () => {
  it('uses a fresh standby as the step’s own "before" picture, taking no capture', async () => {
    const step = click();
    const picture = standby();
    await storeStep(step, shot(), { standby: picture, fresh: true });
    expect(capture).not.toHaveBeenCalled();
    expect((await stored(step.id))?.image).toMatchObject({
      imageId: picture.image.id,
      mode: 'standby',
      capturedAt: 1234,
    });
    expect(await images.get(picture.image.id)).toBeDefined();
  });

  it('captures live when the page changed since the standby', async () => {
    const step = click();
    await storeStep(step, shot(), { standby: standby(), fresh: false });
    expect(capture).toHaveBeenCalledTimes(1);
    expect((await stored(step.id))?.image?.mode).toBe('own');
  });

  it('falls back to the standby, labelled earlier, when the live capture is lost to a navigation', async () => {
    capture.mockRejectedValue(
      new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    );
    const step = click();
    const picture = standby();
    await storeStep(step, shot(), { standby: picture, fresh: false });
    const saved = await stored(step.id);
    expect(saved?.image).toMatchObject({ imageId: picture.image.id, mode: 'earlier' });
    expect(saved?.problem).toBeUndefined();
  });

  it('keeps to the standby, labelled earlier, when the next page replaced the one acted on before the capture', async () => {
    // A form submitted by Enter: the live picture would show the results page.
    (fakeBrowser.webNavigation as unknown as Record<string, unknown>).getFrame = vi.fn(async () => ({
      documentId: 'results-page',
    }));
    const step = click();
    const picture = standby();
    await storeStep(step, { ...shot(), documentId: 'search-page' }, { standby: picture, fresh: false });
    expect(capture).toHaveBeenCalledTimes(1);
    expect((await stored(step.id))?.image).toMatchObject({ imageId: picture.image.id, mode: 'earlier' });
  });

  it('keeps the live capture when the page acted on is still the one shown', async () => {
    (fakeBrowser.webNavigation as unknown as Record<string, unknown>).getFrame = vi.fn(async () => ({
      documentId: 'search-page',
    }));
    const step = click();
    await storeStep(step, { ...shot(), documentId: 'search-page' }, { standby: standby(), fresh: false });
    expect((await stored(step.id))?.image?.mode).toBe('own');
  });

  it('says why, without a standby, when none was kept', async () => {
    capture.mockRejectedValue(new Error('Tabs cannot be edited right now'));
    const step = click();
    await storeStep(step, shot());
    const saved = await stored(step.id);
    expect(saved?.image).toBeUndefined();
    expect(saved?.problem?.code).toBe('no-screenshot');
  });

  it('never stands a picture in after Pause', async () => {
    await setSession('paused');
    const step = click();
    await storeStep(step, shot(), { standby: standby(), fresh: false });
    const saved = await stored(step.id);
    expect(saved?.image).toBeUndefined();
    expect(saved?.problem?.message).toMatch(/paused or stopped/);
  });
});
