/**
 * Issue 17 end to end: record a sign-in whose password is typed into a password field, press
 * Download video in the editor, and read the real download with ffprobe and ffmpeg: container,
 * codec, frame size, duration against the timeline; at each chapter's midpoint the frame shows the
 * caption bar with that step's own caption, and the password field is covered by the solid fill
 * burned into the screenshot; a warning added in the editor is a callout on its step only, and the
 * end card states the expected result. Cancel stops a render with no file. The chapters file
 * matches the timeline; with "add the video" on, the HTML file carries a playable <video> and no
 * script, and the Handoff zip carries both files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Procedure, Step } from '../../src/shared/model';
import { frameLayout, stepPicture } from '../../src/shared/video/layout';
import { walkthrough } from '../../src/shared/video/script';
import { FRAME_SIZE } from '../../src/shared/video/settings';
import { humanClick, humanType } from './support/clicks';
import { startTags } from './support/exported-file';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { watch } from './support/page-watch';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { allProcedures, distUnderTest, newestSteps } from './support/recorded';
import { type FixtureServer, startServer } from './support/server';
import { cropDifference, frameAt, probe, type RgbFrame, rgbAt, shareNear } from './support/video-file';

/** The pace chosen in the settings: not the default (4 s), so the test sees the setting applied. */
const PACE = 5;
const SIZE = FRAME_SIZE['720p'];
/** draw.ts's caption bar and card colour, #1b2436. */
const CAPTION = { r: 27, g: 36, b: 54 };
const WHITE = { r: 255, g: 255, b: 255 };
/** Lossy video moves flat colours a little. */
const TOLERANCE = 24;

async function imageSize(extensionPage: Page, imageId: string): Promise<{ width: number; height: number }> {
  return extensionPage.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('handoff');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('images').objectStore('images').get(${JSON.stringify(imageId)});
      get.onsuccess = () => { resolve({ width: get.result.width, height: get.result.height }); open.result.close(); };
    };
  })`);
}

/** Presses a button in the editor and saves the file it downloads. */
async function download(editor: Page, name: string, folder: string, timeout = 60_000) {
  const [file] = await Promise.all([
    editor.waitForEvent('download', { timeout }),
    editor.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return { path, fileName: file.suggestedFilename() };
}

/** The rectangle of `box` with a margin cut off each side, as a share of its size. */
function inset(box: { x: number; y: number; width: number; height: number }, share: number) {
  return {
    x: box.x + box.width * share,
    y: box.y + box.height * share,
    width: box.width * (1 - 2 * share),
    height: box.height * (1 - 2 * share),
  };
}

describe('video walkthrough of a recorded sign-in', () => {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  let folder: string | undefined;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension({ dist: distUnderTest() });
    folder = mkdtempSync(join(tmpdir(), 'handoff-video-'));
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('renders a video whose frames show each step and never the password', { timeout: 240_000 }, async () => {
    const { context, extensionId } = ext!;
    const seen = watch(context);
    const requests: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server!.url('')) && !/^(chrome-extension|data|blob|file):/.test(url))
        requests.push(url);
    });
    const page = await context.newPage();
    await page.goto(server!.url('signin/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, page);
    await humanType(page.getByRole('textbox', { name: 'Email' }), 'ada@example.test');
    await humanType(page.getByLabel('Password'), 'hunter2-secret');
    await humanClick(page.getByRole('button', { name: 'Sign in' }));
    await page.waitForURL(/\/invoice\//);
    // The click stored and every picture attached before Stop: the frames are checked below.
    await expect
      .poll(
        async () => (await newestSteps(popup)).some((s) => s.type === 'click' && s.target.name === 'Sign in'),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
    await expect
      .poll(
        async () => (await newestSteps(popup)).filter((s) => s.problem?.code === 'screenshot-pending').length,
        {
          timeout: 15_000,
        },
      )
      .toBe(0);
    const editor = await stopRecording(popup, context);

    // A warning on the Email step becomes a callout; the expected result becomes the end card.
    // The email typed is personal data (issue 16): its step is secret of kind email, with no value.
    const emailStep =
      (await newestSteps(popup)).findIndex((s) => s.type === 'type' && s.secretKind === 'email') + 1;
    expect(emailStep).toBeGreaterThan(0);
    await editor.getByRole('button', { name: `More for step ${emailStep}`, exact: true }).click();
    await editor.getByRole('button', { name: `Add a warning to step ${emailStep}`, exact: true }).click();
    const warning = editor.getByRole('textbox', { name: `Warning on step ${emailStep}` });
    await warning.fill('Use your work address, not a personal one.');
    await warning.press('Tab');
    const result = editor.getByRole('textbox', { name: 'Expected result' });
    await result.fill('The invoice list opens.');
    await result.press('Tab');
    await expect
      .poll(async () => (await allProcedures(popup)).at(-1)?.intro.result)
      .toBe('The invoice list opens.');
    await expect.poll(async () => (await newestSteps(popup))[emailStep - 1]?.note?.kind).toBe('warning');

    const steps: Step[] = await newestSteps(popup);
    const procedure = (await allProcedures(popup)).at(-1) as Procedure;
    // The email typed before it is secret too (personal data, issue 16): find the password by kind.
    const password = steps.findIndex((s) => s.type === 'type' && s.secret && s.secretKind === 'password');
    expect(password, `steps: ${steps.map((s) => s.type).join(', ')}`).toBeGreaterThanOrEqual(0);
    const plan = walkthrough(steps, PACE);

    // The settings: 5 seconds a step (720p and the pointer are the defaults).
    await editor.getByText('Video settings').click();
    await editor.getByLabel('Time per step').selectOption(String(PACE));
    const button = editor.getByRole('button', { name: 'Download video' });
    // Enabled once the page found an encoder: this Chromium has WebCodecs.
    await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
    const h264 = (await editor.evaluate(`(async () => {
      for (const codec of ['avc1.640028', 'avc1.4d0028', 'avc1.420028']) {
        const { supported } = await VideoEncoder.isConfigSupported({ codec, width: 1280, height: 720, bitrate: 2304000, avc: { format: 'avc' } });
        if (supported) return true;
      }
      return false;
    })()`)) as boolean;

    // Cancel while it renders: no file, the page says so, and the button works again.
    let downloads = 0;
    editor.on('download', () => downloads++);
    await button.click();
    // Progress is shown while it renders: parts are the title card, the steps and the end card.
    await editor
      .getByRole('status')
      .filter({ hasText: new RegExp(`^Making the video: \\d+ of ${steps.length + 2} parts$`) })
      .waitFor();
    await editor.getByRole('button', { name: 'Cancel video' }).click();
    await editor.getByText('Video cancelled').waitFor({ state: 'attached' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await editor.getByRole('button', { name: 'Cancel video' }).count()).toBe(0);
    expect(downloads).toBe(0);

    const started = Date.now();
    const video = await download(editor, 'Download video', folder!);
    const renderMs = Date.now() - started;

    // Container, codec, size, duration.
    const info = probe(video.path);
    console.log(
      `video of ${steps.length} steps: ${info.codec} in ${info.formatName}, ${info.width}×${info.height}, ` +
        `${info.duration.toFixed(2)} s, ${info.frames} frames, ${readFileSync(video.path).length} bytes, ` +
        `rendered and downloaded in ${renderMs} ms`,
    );
    if (h264) {
      expect(video.fileName).toMatch(/\.mp4$/);
      expect(info.formatName).toContain('mp4');
      expect(info.codec).toBe('h264');
    } else {
      expect(video.fileName).toMatch(/\.webm$/);
      expect(info.formatName).toContain('webm');
      expect(info.codec).toBe('vp9');
    }
    expect([info.width, info.height]).toEqual([SIZE.width, SIZE.height]);
    expect(Math.abs(info.duration - plan.timeline.total), `duration ${info.duration}`).toBeLessThan(0.15);

    // The chapters file: one cue per step at the timeline's times, named by the step's sentence.
    const chapters = await download(editor, 'Download chapters', folder!);
    const vtt = readFileSync(chapters.path, 'utf8');
    expect(vtt).toBe(plan.vtt);
    expect(vtt.match(/-->/g)?.length).toBe(steps.length);

    const layout = frameLayout(SIZE);
    const caption = layout.caption;
    // Right of the numbered badge: where the sentence is written.
    const textBox = {
      x: caption.height,
      y: caption.y + 4,
      width: caption.width - caption.height - 8,
      height: caption.height - 8,
    };
    const edge = { x: 2, y: caption.y + 4, width: layout.gap, height: caption.height - 8 };
    const mids: RgbFrame[] = [];
    for (const [i, chapter] of plan.chapters.entries()) {
      const mid = frameAt(video.path, (chapter.start + chapter.end) / 2, SIZE.width, SIZE.height);
      const late = frameAt(
        video.path,
        chapter.start + (chapter.end - chapter.start) * 0.85,
        SIZE.width,
        SIZE.height,
      );
      mids.push(mid);
      // The caption bar is there, with white text on it, and holds still through the step.
      expect(shareNear(mid, edge, CAPTION, TOLERANCE), `step ${i + 1}: caption bar`).toBeGreaterThan(0.95);
      expect(shareNear(mid, textBox, WHITE, 60), `step ${i + 1}: caption text`).toBeGreaterThan(0.01);
      expect(cropDifference(mid, late, textBox), `step ${i + 1}: caption steady`).toBeLessThan(2);
    }
    // Each step's caption is its own: different sentences and numbers, different pixels.
    for (let i = 0; i < mids.length; i++) {
      for (let j = i + 1; j < mids.length; j++) {
        expect(
          cropDifference(mids[i]!, mids[j]!, textBox),
          `captions of steps ${i + 1} and ${j + 1}`,
        ).toBeGreaterThan(2);
      }
    }

    // The warning's callout (draw.ts: #fdecea) on its step's frame, on no other step's.
    const callout = { r: 253, g: 236, b: 234 };
    for (const [i, mid] of mids.entries()) {
      const share = shareNear(mid, layout.stage, callout, 8);
      if (i === emailStep - 1) expect(share, `step ${i + 1}: the warning's callout`).toBeGreaterThan(0.02);
      else expect(share, `step ${i + 1}: no callout`).toBeLessThan(0.002);
    }

    // The title and end cards.
    expect(
      shareNear(
        frameAt(video.path, 1.5, SIZE.width, SIZE.height),
        inset({ x: 0, y: 0, ...SIZE }, 0.02),
        CAPTION,
        TOLERANCE,
      ),
    ).toBeGreaterThan(0.7);
    // The end card states the expected result: a heading, and under it a line of text, which a
    // "Done" card (heading only, centred) would not have there.
    const end = frameAt(video.path, plan.timeline.total - 1.5, SIZE.width, SIZE.height);
    const under = {
      x: SIZE.width * 0.08,
      y: SIZE.height * 0.54,
      width: SIZE.width * 0.5,
      height: SIZE.height * 0.06,
    };
    expect(shareNear(end, under, WHITE, 60), 'the expected result under its heading').toBeGreaterThan(0.01);
    expect(
      shareNear(
        frameAt(video.path, plan.timeline.total - 1.5, SIZE.width, SIZE.height),
        inset({ x: 0, y: 0, ...SIZE }, 0.02),
        CAPTION,
        TOLERANCE,
      ),
    ).toBeGreaterThan(0.7);

    // The password field in its step's frame: the solid fill from the stored screenshot, never the
    // typed dots on a white field. The pointer rests on the field's middle with its arrow pointing
    // down and right, so the field's upper-left quarter is clear of it.
    const secret = steps[password]!;
    const image = await imageSize(popup, secret.image!.imageId);
    const picture = stepPicture(secret, procedure, image, layout.stage);
    expect(picture.marker, 'the password step is marked').toBeDefined();
    const scale = picture.dest.width / picture.crop.width;
    const imagePerCss = image.width / secret.viewport!.width;
    const field = secret.target!.rect;
    const fieldInFrame = {
      x: picture.dest.x + (field.x * imagePerCss - picture.crop.x) * scale,
      y: picture.dest.y + (field.y * imagePerCss - picture.crop.y) * scale,
      width: field.width * imagePerCss * scale,
      height: field.height * imagePerCss * scale,
    };
    const quarter = inset(
      { ...fieldInFrame, width: fieldInFrame.width / 2, height: fieldInFrame.height / 2 },
      0.2,
    );
    const covered = mids[password]!;
    expect(
      shareNear(covered, quarter, { r: 0, g: 0, b: 0 }, TOLERANCE),
      'password field covered',
    ).toBeGreaterThan(0.98);
    const centre = rgbAt(covered, quarter.x + quarter.width / 2, quarter.y + quarter.height / 2);
    expect(centre.r + centre.g + centre.b).toBeLessThan(3 * TOLERANCE);

    // With "add the video" on, the HTML file carries it: data: sources, chapters, and no script.
    await editor.getByLabel('Add the video and its chapters to the HTML and Handoff downloads').check();
    const html = await download(editor, 'Download HTML', folder!);
    const text = readFileSync(html.path, 'utf8');
    const tags = startTags(text);
    expect(tags.filter((t) => t.name === 'script')).toEqual([]);
    const csp = tags.find((t) => t.name === 'meta' && t.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp?.attrs.content).toMatch(/default-src 'none'/);
    expect(csp?.attrs.content).toMatch(/media-src data:/);
    expect(csp?.attrs.content).not.toMatch(/script-src/);
    const videos = tags.filter((t) => t.name === 'video');
    expect(videos).toHaveLength(1);
    expect(videos[0]!.attrs.src).toMatch(/^data:video\/(mp4|webm);base64,/);
    expect(tags.find((t) => t.name === 'track')?.attrs.src).toMatch(/^data:text\/vtt;base64,/);
    // Opened from disk it plays: the browser reads the video's length and the chapters.
    const opened = await context.newPage();
    const fetched: string[] = [];
    opened.on('request', (r) => fetched.push(r.url()));
    await opened.goto(pathToFileURL(html.path).href);
    await expect
      .poll(() => opened.evaluate('document.querySelector("video").readyState'), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(1);
    const duration = (await opened.evaluate('document.querySelector("video").duration')) as number;
    expect(Math.abs(duration - plan.timeline.total)).toBeLessThan(0.15);
    await expect
      .poll(() => opened.evaluate('document.querySelector("video").textTracks[0]?.cues?.length ?? 0'), {
        timeout: 10_000,
      })
      .toBe(steps.length);
    expect(fetched.filter((url) => !/^(data|file):/.test(url))).toEqual([]);
    await opened.close();

    // …and the Handoff zip: procedure.json first, the video and chapters after the images.
    const zip = await download(editor, 'Download Handoff file', folder!);
    const entries = unzipSync(new Uint8Array(readFileSync(zip.path)));
    const names = Object.keys(entries);
    expect(names[0]).toBe('procedure.json');
    const walkthroughName = h264 ? 'video/walkthrough.mp4' : 'video/walkthrough.webm';
    expect(names.slice(-2)).toEqual([walkthroughName, 'video/chapters.vtt']);
    expect(new TextDecoder().decode(entries['video/chapters.vtt'])).toBe(plan.vtt);
    const inZip = join(folder!, 'from-zip');
    writeFileSync(inZip, entries[walkthroughName]!);
    expect(Math.abs(probe(inZip).duration - plan.timeline.total)).toBeLessThan(0.15);

    // Made on the machine: nothing but the fixture site was asked for anything.
    expect(requests).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});
