/**
 * The screenshot shortcut ("take-screenshot"): while recording it adds a "Look at …" step whose
 * picture goes through the recorder's own capture and fills; paused, idle or on a tab that is not
 * recorded it stores nothing. The decision is pure (decideShot); the wiring in
 * src/background/index.ts is driven with a fake browser, as Chrome cannot deliver a shortcut to a
 * headless browser under test.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { decideShot, takeScreenshotStep } from '../../../src/background/screenshot-command';
import type { Session } from '../../../src/background/session';
import { procedures, steps } from '../../../src/shared/db';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import { sentence } from '../../../src/shared/text';
import { type FakeBackground, fillFakeBrowser } from './fake-background';

vi.mock('../../../src/content/bootstrap.ts?iife', () => ({ default: 'content-script.js' }));

/** What the fills were asked to cover, per capture: the proof that the recorder's cover is used. */
const redacted: Array<{ rects: unknown[]; width: number }> = [];
vi.mock('../../../src/background/redact', async (original) => ({
  ...(await original<typeof import('../../../src/background/redact')>()),
  redact: async (_blob: Blob, rects: unknown[], width: number) => {
    redacted.push({ rects, width });
    return { blob: new Blob(['png'], { type: 'image/png' }), width: 1280, height: 720 };
  },
}));

/** A password field on the recorded page, as its recorder reports it. */
const SECRET_RECT = { x: 40, y: 200, width: 300, height: 32 };

let wired: FakeBackground | undefined;
const press = (command: string) => wired!.press(command);

const base = {
  procedureId: 'p1',
  tabIds: [7, 8],
  lastTabId: 7,
  lastActionAt: {},
  openingTabIds: [],
  pendingLoadTabIds: [],
  startedAt: 1,
  pausedMs: 0,
  sites: [],
};

describe('decideShot', () => {
  const recording: Session = { status: 'recording', ...base };
  const paused: Session = { status: 'paused', pausedAt: 5, ...base };

  it('takes a picture of the recorded tab in front while recording', () => {
    expect(decideShot(recording, 8)).toEqual({ kind: 'take', tabId: 8, procedureId: 'p1' });
  });
  it('does nothing while paused, idle, or when the tab in front is not recorded', () => {
    expect(decideShot(paused, 7)).toEqual({ kind: 'paused' });
    expect(decideShot(undefined, 7)).toEqual({ kind: 'idle' });
    expect(decideShot(recording, 99)).toEqual({ kind: 'not-recorded-tab' });
    expect(decideShot(recording, undefined)).toEqual({ kind: 'not-recorded-tab' });
  });
});

describe('the take-screenshot command, wired', () => {
  let tabId = 0;
  let windowId = 0;
  let answerLayout = true;

  beforeAll(async () => {
    wired = fillFakeBrowser();
    const { fake } = wired;
    fake.webNavigation!.getAllFrames = async () => [{ frameId: 0 }];
    // The recorder in the page answers where its secret fields are (or, when told not to, nobody answers).
    fake.tabs!.sendMessage = vi.fn(async (_tab: number, envelope: { name?: string }) => {
      if (envelope.name !== 'content.frameLayout' || !answerLayout)
        throw new Error('Receiving end does not exist.');
      return {
        ok: true,
        value: {
          viewport: { width: 1280, height: 720, devicePixelRatio: 1 },
          rects: [SECRET_RECT],
          frames: [],
        },
      };
    });
    await import('../../../src/background/index');
    const window = await browser.windows.create({ focused: true });
    const tab = await browser.tabs.create({
      url: 'https://books.example/reports/q3?token=abc',
      active: true,
      windowId: window.id,
    });
    await browser.tabs.update(tab.id!, { title: 'Q3 report' } as never);
    tabId = tab.id!;
    windowId = window.id!;
  });

  /** A free quota slot: the next press gets its own capture, not one shared with the last press. */
  const slotFree = async () => {
    const { captureQueue } = await import('../../../src/background/screenshot');
    await vi.waitFor(() => expect(captureQueue.msUntilSlot()).toBe(0), { timeout: 5000 });
  };

  const newest = async () => {
    const [procedure] = await procedures.list();
    return procedure ? steps.list(procedure.id) : [];
  };

  it('stores nothing when no recording runs', async () => {
    expect(await takeScreenshotStep()).toEqual({ kind: 'idle' });
    expect(await procedures.list()).toHaveLength(0);
    press('toggle-recording');
    await vi.waitFor(async () => expect(await newest()).toHaveLength(1), { timeout: 5000 });
    expect((await newest())[0]?.type).toBe('navigate');
  });

  it('adds a "Look at …" step with a screenshot covered like every recorded one', async () => {
    redacted.length = 0;
    await slotFree();
    press('take-screenshot');
    await vi.waitFor(async () => expect(await newest()).toHaveLength(2), { timeout: 5000 });
    const look = (await newest())[1]!;
    expect(look).toMatchObject({ type: 'manual', look: true, text: '' });
    // Stored like every step's address: no query values.
    expect(look.url).toBe('https://books.example/reports/q3?token=…');
    expect(sentence(look)).toBe('Look at "Q3 report"');
    expect(sentence(look, catalogMessages('de'))).toBe('„Q3 report“ ansehen');
    await vi.waitFor(async () => expect((await newest())[1]?.image).toBeDefined(), { timeout: 5000 });
    // The password field's box was filled in the pixels before anything was stored.
    expect(redacted.at(-1)?.rects).toContainEqual(SECRET_RECT);
  });

  it('keeps no picture when the page cannot say where its secrets are (fails closed)', async () => {
    answerLayout = false;
    try {
      await slotFree();
      press('take-screenshot');
      await vi.waitFor(async () => expect(await newest()).toHaveLength(3), { timeout: 5000 });
      const look = (await newest())[2]!;
      expect(look.image).toBeUndefined();
      expect(look.problem?.code).toBe('secret-unplaced');
    } finally {
      answerLayout = true;
    }
  });

  it('stores nothing while paused, or for a tab in front that is not recorded', async () => {
    const { pause, resume } = await import('../../../src/background/recording');
    await pause();
    expect(await takeScreenshotStep()).toEqual({ kind: 'paused' });
    await resume();
    await browser.tabs.create({ url: 'https://elsewhere.example/', active: true, windowId });
    expect(await takeScreenshotStep()).toEqual({ kind: 'not-recorded-tab' });
    await browser.tabs.update(tabId, { active: true });
    const { captureQueue } = await import('../../../src/background/screenshot');
    await captureQueue.settled(3000);
    expect(await newest()).toHaveLength(3);
  });
});
