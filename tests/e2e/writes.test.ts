/**
 * The write rules in the built extension: an edit made while the recorder attaches a screenshot to
 * the same step keeps the screenshot (and no sweep deletes it), and a screenshot replaced by a
 * black-out is deleted once the editor that could undo it closes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { humanClick, humanType } from './support/clicks';
import { idleExtensionPerTest } from './support/idle-extension';
import { startRecording, stopRecording } from './support/popup';
import { waitForNewStep, waitForScreenshotsAttached } from './support/waits';

interface Stored {
  steps: Array<{ id: string; position: number; customText?: string; image?: { imageId: string } }>;
  imageIds: string[];
  /** Screenshots the procedure's saved versions show (shared with the steps, never copied). */
  versionImageIds: string[];
}

/**
 * Runs `body` against the extension's database from one of its pages, the way the recorder's own
 * writes reach it (raw IndexedDB, one transaction). A string, not a function: tsx would wrap named
 * helpers in calls the page does not define.
 */
function inDatabase<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(async () => {
    const db = await new Promise((done, fail) => {
      const open = indexedDB.open('handoff');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const ask = (request) => new Promise((done, fail) => {
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      ${body}
    } finally {
      db.close();
    }
  })()`);
}

/** The editor's procedure: its steps in order and its stored screenshots. */
function stored(page: Page, procedureId: string): Promise<Stored> {
  return inDatabase<Stored>(
    page,
    `const tx = db.transaction(['steps', 'images', 'versions']);
     const steps = await ask(tx.objectStore('steps').index('byProcedure').getAll(${JSON.stringify(procedureId)}));
     const imageIds = await ask(tx.objectStore('images').index('byProcedure').getAllKeys(${JSON.stringify(procedureId)}));
     const versions = await ask(tx.objectStore('versions').index('byProcedure').getAll(${JSON.stringify(procedureId)}));
     steps.sort((a, b) => a.position - b.position);
     return { steps, imageIds, versionImageIds: [...new Set(versions.flatMap((v) => v.imageIds))] };`,
  );
}

const procedureOf = (editor: Page) => new URL(editor.url()).searchParams.get('id')!;

describe('writes', () => {
  const env = idleExtensionPerTest();

  /** Records two clicks on the invoice page, each with its screenshot, and opens the editor. */
  async function recordTwoClicks(): Promise<Page> {
    const popup = env.popup();
    const target = env.page();
    await target.goto(env.server().url('invoice/'));
    await startRecording(popup, target);
    await waitForNewStep(popup, () => humanType(target.getByLabel('Customer', { exact: true }), 'ACME'));
    await waitForNewStep(popup, () => humanClick(target.getByRole('button', { name: 'Save invoice' })));
    await waitForScreenshotsAttached(popup);
    const editor = await stopRecording(popup, env.ext().context);
    await editor.getByRole('textbox', { name: 'Step 1 sentence' }).waitFor();
    return editor;
  }

  it('keeps a screenshot the recorder attaches while the editor edits the step', async () => {
    const editor = await recordTwoClicks();
    const id = procedureOf(editor);
    const before = await stored(editor, id);
    const last = before.steps.at(-1)!;
    const imageId = last.image!.imageId;
    const number = before.steps.length;

    // The step as it is while its deferred screenshot is still being taken: no picture stored yet
    // (the popup page holds the screenshot meanwhile).
    const popup = env.popup();
    await inDatabase(
      popup,
      `const tx = db.transaction(['steps', 'images'], 'readwrite');
       const step = await ask(tx.objectStore('steps').get(${JSON.stringify(last.id)}));
       globalThis.heldImage = await ask(tx.objectStore('images').get(${JSON.stringify(imageId)}));
       delete step.image;
       step.problem = { code: 'screenshot-pending', message: 'Waiting for the screenshot.' };
       await ask(tx.objectStore('steps').put(step));
       await ask(tx.objectStore('images').delete(${JSON.stringify(imageId)}));`,
    );
    await editor.reload();
    const box = editor.getByRole('textbox', { name: `Step ${number} sentence`, exact: true });
    await box.waitFor();

    // The screenshot lands, written the way steps.attachImage writes it (the image and the step's
    // link in one transaction), without the editor knowing.
    await inDatabase(
      popup,
      `const tx = db.transaction(['steps', 'images'], 'readwrite');
       const step = await ask(tx.objectStore('steps').get(${JSON.stringify(last.id)}));
       delete step.problem;
       step.image = ${JSON.stringify(last.image)};
       await ask(tx.objectStore('images').put(globalThis.heldImage));
       await ask(tx.objectStore('steps').put(step));`,
    );

    // The editor, still holding the step without a picture, saves a new sentence for it.
    await box.fill('Save the invoice');
    await box.press('Tab');
    await expect
      .poll(async () => (await stored(editor, id)).steps.at(-1)?.customText, { timeout: 10_000 })
      .toBe('Save the invoice');
    const after = await stored(editor, id);
    expect(after.steps.at(-1)?.image?.imageId).toBe(imageId);

    // Closing the editor and opening it again runs the unused-screenshot sweep: it stays.
    const url = editor.url();
    await editor.close();
    const reopened = await env.ext().context.newPage();
    await reopened.goto(url);
    await reopened
      .getByRole('img', { name: new RegExp(`step ${number}`, 'i') })
      .first()
      .waitFor();
    expect((await stored(reopened, id)).imageIds).toContain(imageId);
  });

  it('deletes the screenshots black-outs replaced once the editor closes, except those a saved version shows', async () => {
    const editor = await recordTwoClicks();
    const id = procedureOf(editor);
    const before = await stored(editor, id);
    const original = before.steps[0]!.image!.imageId;

    const blackOut = async (replaced: string) => {
      const more = editor.getByRole('button', { name: 'More for step 1', exact: true });
      if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
      await editor
        .getByRole('button', { name: 'Black out part of the screenshot of step 1', exact: true })
        .click();
      await editor.getByRole('button', { name: 'Black out region', exact: true }).click();
      await expect
        .poll(async () => (await stored(editor, id)).steps[0]?.image?.imageId, { timeout: 10_000 })
        .not.toBe(replaced);
      return (await stored(editor, id)).steps[0]!.image!.imageId;
    };
    const first = await blackOut(original);
    await blackOut(first);
    // Undo could still bring both back, so they are kept while the editor is open.
    expect((await stored(editor, id)).imageIds).toEqual(expect.arrayContaining([original, first]));

    await editor.close();
    const popup = env.popup();
    // Once the editor is gone, what is stored is exactly what a step or a saved version shows.
    const referenced = (s: Stored) =>
      [
        ...new Set([
          ...s.steps.flatMap((step) => (step.image ? [step.image.imageId] : [])),
          ...s.versionImageIds,
        ]),
      ].sort();
    await expect
      .poll(
        async () => {
          const now = await stored(popup, id);
          return now.imageIds.sort().join() === referenced(now).join();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    // The recording's version (saved at Stop) still shows the original: it stays until that
    // version is pruned. The first black-out is gone unless a version was saved while it showed.
    const after = await stored(popup, id);
    expect(after.versionImageIds).toContain(original);
    expect(after.imageIds).toContain(original);
    if (!after.versionImageIds.includes(first)) expect(after.imageIds).not.toContain(first);
  });
});
