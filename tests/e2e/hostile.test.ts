/**
 * Hostile pages. Labels made of markup, right-to-left text, emoji and 10,000 characters are
 * recorded as text, shortened in sentences and shown as text in the editor; nothing in them runs.
 * A page that replaces EventTarget.prototype.addEventListener cannot touch the recorder's own
 * world. A page that stops events at the window in the capture phase hides them only when its
 * listener came first: always on a page open before recording began (the recorder is injected
 * then, after the page's scripts), often on pages loaded while recording (SECURITY.md, known
 * limits). Forged messages (window.postMessage from the page, synthetic events, a page's
 * chrome.runtime, another extension) cannot add, change or read steps, nor leave a cross-origin
 * frame's card field uncovered in screenshots (a bypass found here and since fixed; see below).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Step } from '../../src/shared/model';
import { MAX_LABEL, sentence } from '../../src/shared/text';
import { SECRETS } from './fixtures/secrets';
import { humanClick, humanType } from './support/clicks';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { freshExtensionPerTest } from './support/fresh-extension';
import { watch } from './support/page-watch';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { allSteps, clickedNames, distUnderTest, newestSteps } from './support/recorded';
import { launchWithRogue, type WithRogue } from './support/rogue-extension';
import { isBlack, screenshotPixels } from './support/screenshot-pixels';
import { type FixtureServer, startServer } from './support/server';
import { waitForNewStep, waitForScreenshotsAttached, waitForStep, waitForStepCount } from './support/waits';

/** The labels hostile.js and index.html put on buttons, as a person reads them. */
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "{{constructor.constructor('alert(1)')()}}",
  'javascript:alert(1)',
  "O'Brien & Sons <b>Ltd</b>",
];
const RTL = ['حفظ الفاتورة', 'שמור טיוטה'];
const EMOJI = ['💾 Save draft 👍🏽', '👨‍👩‍👧 Family plan'];
const LONG = 'Accept the terms and conditions. '.repeat(304).slice(0, 10_000).trim();
const FORGED = 'Forged by the page';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Nothing the page forged ended up in storage. */
function forgedIn(steps: readonly Step[]): Step[] {
  return steps.filter((s) => JSON.stringify(s).includes(FORGED) || s.id.startsWith('forged-'));
}

/** Every stored step, once no screenshot the quota deferred is still to be attached. */
async function settledSteps(extensionPage: Page): Promise<Step[]> {
  await waitForScreenshotsAttached(extensionPage);
  return allSteps(extensionPage);
}

/**
 * The steps stored when the person's `name` click has been: nothing the page or another
 * extension did before that click can still be on its way, because it was sent first. Returns
 * every step but that click's, to compare with the steps from before the attempts.
 */
async function stepsBesides(extensionPage: Page, name: string): Promise<Step[]> {
  await waitForStep(extensionPage, (s) => s.type === 'click' && s.target.name === name);
  return (await settledSteps(extensionPage)).filter((s) => !(s.type === 'click' && s.target.name === name));
}

describe('hostile pages', () => {
  const env = freshExtensionPerTest();

  it('records hostile labels as text, shortens them in sentences, and runs nothing (page open before recording)', async () => {
    const { context, extensionId } = env.ext();
    const seen = watch(context);
    const target = await context.newPage();
    await target.goto(env.server().url('hostile/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, target);

    // The page replaced EventTarget.prototype.addEventListener to drop capture listeners on window;
    // the recorder's own world has its own prototype, so these are all recorded.
    for (const name of [...MARKUP, ...RTL, ...EMOJI]) await humanClick(button(target, name));
    await humanClick(button(target, LONG));
    await humanType(target.getByRole('textbox', { name: 'Agreed <i>terms</i> name' }), '<b>Ada</b> 🙂');
    // The toolkit stops this click at the window in the capture phase. On a page that was open
    // before recording began, its listener was added before the recorder's, so the recorder
    // cannot see the click: a known limit (SECURITY.md, "Known limits"). The next click still counts.
    await humanClick(button(target, 'Archive'));
    await expect.poll(() => target.locator('#toolkit-status').textContent()).toBe('Archived');
    await humanClick(button(target, MARKUP[0]!));

    const expected = [...MARKUP, ...RTL, ...EMOJI, LONG, MARKUP[0]];
    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 20_000 })
      .toEqual(expected);
    const steps = await newestSteps(popup);
    expect(steps.filter((s) => s.type === 'click')).toHaveLength(expected.length);
    const typed = steps.find((s) => s.type === 'type');
    expect(typed).toMatchObject({ value: '<b>Ada</b> 🙂', target: { name: 'Agreed <i>terms</i> name' } });
    const long = steps.find((s) => s.type === 'click' && s.target.name === LONG)!;
    const longSentence = sentence(long);
    expect(longSentence.length).toBeLessThan(MAX_LABEL + 20);
    expect(longSentence).toMatch(/^Click "Accept the terms and conditions\. .*…"$/);
    for (const name of EMOJI)
      expect(steps.some((s) => s.type === 'click' && sentence(s) === `Click "${name}"`)).toBe(true);
    expect(forgedIn(steps)).toEqual([]);

    // The editor shows every label as text, the long one shortened, and nothing runs there.
    const editor = await stopRecording(popup, context);
    const sentences = editor.getByRole('textbox', { name: /^Step \d+ sentence$/ });
    await expect.poll(() => sentences.count(), { timeout: 15_000 }).toBe(steps.length);
    const shown = await sentences.evaluateAll((els) =>
      els.map((el) =>
        el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.textContent,
      ),
    );
    for (const name of [...MARKUP, ...RTL, ...EMOJI]) expect(shown).toContain(`Click "${name}"`);
    expect(shown).toContain(longSentence);
    expect(await editor.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await editor.locator('b').filter({ hasText: 'Ltd' }).count()).toBe(0);
    expect(await target.evaluate('window.__pwned')).toBeUndefined();
    expect(await editor.evaluate('window.__pwned')).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('records a page loaded while recording that replaces addEventListener and stops events at the window', async () => {
    const { context, extensionId } = env.ext();
    const seen = watch(context);
    const target = await context.newPage();
    await target.goto(env.server().url('faults/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, target);
    await humanClick(target.getByRole('link', { name: 'Continue to billing' }));
    await target.waitForURL(/billing\.html$/);
    // Loaded while recording, on a site the recording has visited: the recorder is registered to
    // run at document_start there (src/background/early-injection.ts), so its window listeners
    // come before the toolkit's, and even the Archive click the toolkit stops is recorded.
    const LOADS = 3;
    for (let i = 0; i < LOADS; i++) {
      await target.goto(env.server().url('hostile/'));
      await humanClick(button(target, 'Archive'));
      await expect.poll(() => target.locator('#toolkit-status').textContent()).toBe('Archived');
      await humanClick(button(target, MARKUP[i]!));
      await expect
        .poll(() => target.locator('#status').textContent())
        .toBe(`Pressed: ${MARKUP[i]!.slice(0, 40)}`);
    }

    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 15_000 })
      .toEqual(['Continue to billing', ...MARKUP.slice(0, LOADS).flatMap((label) => ['Archive', label])]);
    expect(forgedIn(await newestSteps(popup))).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('ignores what the page forges: window messages, synthetic events, chrome.runtime, extension URLs', async () => {
    const { context, extensionId } = env.ext();
    const seen = watch(context);
    const target = await context.newPage();
    // forge.js posts messages shaped like Handoff's own every 250 ms and on every click.
    await target.goto(env.server().url('hostile/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, target);
    await humanClick(button(target, RTL[0]!));
    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 10_000 })
      .toEqual([RTL[0]]);
    const before = await settledSteps(popup);

    // The page has no way to the extension: no chrome.runtime, and no extension file it may load.
    expect(await target.evaluate('typeof globalThis.chrome?.runtime?.sendMessage')).toBe('undefined');
    expect(await target.evaluate('typeof globalThis.browser?.runtime?.sendMessage')).toBe('undefined');
    for (const path of ['manifest.json', 'src/content/bootstrap.js', 'src/popup/index.html']) {
      const loaded = await target.evaluate(
        `fetch('chrome-extension://${extensionId}/${path}').then(() => 'loaded', (e) => 'refused: ' + e.message)`,
      );
      expect(loaded, path).toMatch(/^refused/);
    }
    // Synthetic events are not the person's actions.
    await target.evaluate(`(() => {
      const b = [...document.querySelectorAll('main button')].find((x) => x.textContent === 'שמור טיוטה');
      b.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, isPrimary: true }));
      b.click();
      b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const field = document.getElementById('terms-name');
      field.focus();
      field.value = 'typed by a script';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      field.blur();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    })()`);
    // And more forged window messages, for good measure, with every message name there is.
    await target.evaluate(`(() => {
      for (const name of ['content.event', 'content.hello', 'content.state', 'content.frameLayout', 'page.recording.stop',
        'page.recording.pause', 'page.recording.status', 'page.capture.tab', 'page.procedureChanged'])
        window.postMessage({ channel: 'handoff/1', name, payload: { eventId: 'forged-' + name, type: 'click' } }, '*');
    })()`);
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Recording · /);
    // Still recording the person; that click also marks the point by which anything forged
    // would have been stored.
    await humanClick(button(target, EMOJI[0]!));
    expect(await stepsBesides(popup, EMOJI[0]!)).toEqual(before);
    expect(forgedIn(before)).toEqual([]);
    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 10_000 })
      .toEqual([RTL[0], EMOJI[0]]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});

/**
 * A redaction bypass found with this test and fixed in 260be1f. Cross-origin frames used to
 * announce a placement token to their parent with postMessage, which the parent page could read
 * and replay from a frame of its own: the payment frame's secret rectangles were then placed over
 * that decoy and the card number stayed readable in every screenshot. hostile-frames/ keeps trying
 * that, and replays into the payment frame the nonce that the new handshake
 * (src/content/frame-link.ts) posts into the page's own cross-origin decoy.
 */
describe('a page that forges a frame announcement', () => {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension({ dist: distUnderTest() });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('still covers the card field of the payment frame in every screenshot', async () => {
    const { context, extensionId } = ext!;
    const page = await context.newPage();
    await page.goto(server!.url('hostile-frames/'));
    const frame = page.frameLocator('#provider');
    const card = frame.getByLabel('Card number');
    await card.waitFor();
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, page);
    await waitForStepCount(popup, 1);
    await waitForNewStep(popup, () => humanType(card, SECRETS.card));
    const origin = JSON.parse(
      await page.evaluate(`(() => {
        const f = document.getElementById('provider');
        const r = f.getBoundingClientRect();
        const s = getComputedStyle(f);
        return JSON.stringify({ x: r.left + f.clientLeft + parseFloat(s.paddingLeft), y: r.top + f.clientTop + parseFloat(s.paddingTop) });
      })()`),
    ) as { x: number; y: number };
    const inner = JSON.parse(
      await card.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return JSON.stringify({ x: r.left, y: r.top, width: r.width, height: r.height });
      }),
    ) as { x: number; y: number; width: number; height: number };
    const centre = { x: origin.x + inner.x + inner.width / 2, y: origin.y + inner.y + inner.height / 2 };
    await waitForNewStep(popup, () => humanClick(page.getByRole('button', { name: 'Place order' })));
    await waitForScreenshotsAttached(popup);

    // The attack ran: the decoy read the nonce Handoff posted into it, and the page replayed it.
    await expect.poll(() => page.evaluate('stolen.length')).toBeGreaterThan(1);
    const steps = (await newestSteps(popup)).filter((s) => s.image);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      const [pixel] = await screenshotPixels(popup, step, [centre]);
      expect({ step: sentence(step), black: isBlack(pixel!) }).toEqual({ step: sentence(step), black: true });
    }
  });
});

describe('another extension', () => {
  let server: FixtureServer | undefined;
  let ext: WithRogue | undefined;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithRogue(distUnderTest());
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('cannot add, change or read steps, or stop the recording', async () => {
    const { context, extensionId, rogue } = ext!;
    const target = await context.newPage();
    await target.goto(server!.url('faults/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, target);
    await humanClick(button(target, 'Approve order'));
    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 10_000 })
      .toEqual(['Approve order']);
    const before = await settledSteps(popup);
    const procedureId = before[0]!.procedureId;

    // The rogue knows Handoff's id and its envelope; it tries every road it has.
    const forged = {
      eventId: 'forged-by-extension',
      seq: 1,
      at: Date.now(),
      url: target.url(),
      pageTitle: FORGED,
      viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
      sensitiveRects: [],
      type: 'click',
      target: {
        role: 'button',
        name: FORGED,
        tag: 'button',
        selectors: [['#x']],
        rect: { x: 0, y: 0, width: 1, height: 1 },
      },
      button: 'left',
      clickCount: 1,
    };
    const answers = (await rogue.evaluate(`(async () => {
      const id = ${JSON.stringify(extensionId)};
      const forged = ${JSON.stringify(forged)};
      const envelope = (name, payload) => ({ channel: 'handoff/1', name, payload });
      const out = [];
      const attempt = async (what, run) => {
        try { out.push(what + ': answered ' + JSON.stringify(await run())); }
        catch (e) { out.push(what + ': ' + e.message); }
      };
      await attempt('event', () => chrome.runtime.sendMessage(id, envelope('content.event', forged)));
      await attempt('status', () => chrome.runtime.sendMessage(id, envelope('page.recording.status', {})));
      await attempt('stop', () => chrome.runtime.sendMessage(id, envelope('page.recording.stop', {})));
      await attempt('port', () => new Promise((resolve, reject) => {
        const port = chrome.runtime.connect(id);
        port.onMessage.addListener((m) => resolve(m));
        port.onDisconnect.addListener(() => reject(new Error('disconnected ' + (chrome.runtime.lastError?.message ?? ''))));
        port.postMessage(envelope('page.recording.status', {}));
      }));
      const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(server!.url('faults/'))} });
      await attempt('tab', () => chrome.tabs.sendMessage(tab.id, envelope('content.state', { record: false, paused: false })));
      // Its own script in the recorded page: its messages go to the rogue, never to Handoff.
      await attempt('script', () => chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: (f) => {
          window.postMessage({ channel: 'handoff/1', name: 'content.event', payload: f }, '*');
          return chrome.runtime.sendMessage({ channel: 'handoff/1', name: 'content.event', payload: f }).then(
            (r) => 'answered ' + JSON.stringify(r), (e) => e.message);
        },
        args: [forged],
      }).then((results) => results.map((r) => r.result)));
      return out;
    })()`)) as string[];

    // Handoff has no onMessageExternal / onConnectExternal and no externally_connectable: every
    // road ends at "Receiving end does not exist", and nothing about the recording comes back.
    expect(answers.map((a) => a.split(':')[0])).toEqual(['event', 'status', 'stop', 'port', 'tab', 'script']);
    for (const answer of answers)
      expect(answer).toMatch(/Could not establish connection\. Receiving end does not exist/);
    expect(answers.filter((a) => a.includes(procedureId))).toEqual([]);
    await popup.reload();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Recording · /);
    await target.bringToFront();
    // The person's next click marks the point by which anything the rogue sent would be stored.
    await humanClick(button(target, 'Hold order'));
    expect(await stepsBesides(popup, 'Hold order')).toEqual(before);
    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 10_000 })
      .toEqual(['Approve order', 'Hold order']);
  });
});
