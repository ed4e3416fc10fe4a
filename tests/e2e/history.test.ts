/**
 * The history of a procedure in the built extension: Stop saves the recording as a version, an
 * edit followed by a pause saves another, and the History dialog restores the recording's version
 * (the step's own words come back), which one Undo takes back (the edit comes back).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { humanClick, humanType } from './support/clicks';
import { idleExtensionPerTest } from './support/idle-extension';
import { startRecording, stopRecording } from './support/popup';
import { allSteps } from './support/recorded';
import { waitForNewStep, waitForScreenshotsAttached, waitUntil } from './support/waits';

interface StoredVersion {
  reason: string;
  at: number;
  steps: Array<{ id: string; customText?: string }>;
}

/** The procedure's saved versions, oldest first, read from IndexedDB as the extension stores them. */
function storedVersions(page: Page, procedureId: string): Promise<StoredVersion[]> {
  return page.evaluate(`(async () => {
    const db = await new Promise((done, fail) => {
      const open = indexedDB.open('handoff');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('versions')) return [];
      const request = db.transaction('versions').objectStore('versions').index('byProcedure')
        .getAll(${JSON.stringify(procedureId)});
      const all = await new Promise((done, fail) => {
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      return all.sort((a, b) => a.at - b.at);
    } finally {
      db.close();
    }
  })()`);
}

/** Waits until a version saved for `reason` is stored (the edit's waits for the 30 s pause). */
function waitForVersion(page: Page, procedureId: string, reason: string, timeout = 15_000) {
  let seen: StoredVersion[] = [];
  return waitUntil(
    `a '${reason}' version`,
    async () => {
      seen = await storedVersions(page, procedureId);
      return seen.find((v) => v.reason === reason);
    },
    { timeout, seen: async () => seen.map((v) => v.reason) },
  );
}

describe('history', () => {
  const env = idleExtensionPerTest();

  it('restores the recording after an edit, and Undo brings the edit back', {
    timeout: 180_000,
  }, async () => {
    const popup = env.popup();
    const target = env.page();
    await target.goto(env.server().url('invoice/'));
    await startRecording(popup, target);
    await waitForNewStep(popup, () => humanType(target.getByLabel('Customer', { exact: true }), 'ACME'));
    await waitForNewStep(popup, () => humanClick(target.getByRole('button', { name: 'Save invoice' })));
    await waitForScreenshotsAttached(popup);
    const editor = await stopRecording(popup, env.ext().context);
    const procedureId = new URL(editor.url()).searchParams.get('id')!;

    const recorded = await waitForVersion(editor, procedureId, 'recording');
    const number = recorded.steps.length;
    const lastId = recorded.steps.at(-1)!.id;
    const box = editor.getByRole('textbox', { name: `Step ${number} sentence`, exact: true });
    await box.waitFor();
    const recordedWords = await box.inputValue();

    await box.fill('Save the invoice and wait for the green banner');
    await box.press('Tab');
    // The edit's version comes after the editor's pause rule (30 s without edits).
    const edited = await waitForVersion(editor, procedureId, 'edits', 90_000);
    expect(edited.steps.at(-1)?.customText).toBe('Save the invoice and wait for the green banner');

    await editor.getByRole('button', { name: 'History', exact: true }).click();
    const dialog = editor.getByRole('dialog', { name: 'History of this procedure' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /^View version: Recorded, / }).click();
    await expect
      .poll(() => dialog.getByRole('list', { name: 'Steps of this version (read-only)' }).textContent())
      .toContain(recordedWords);
    await dialog.getByRole('button', { name: /^Restore version: Recorded, / }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe(recordedWords);
    await expect
      .poll(async () => (await storedVersions(editor, procedureId)).map((v) => v.reason), { timeout: 10_000 })
      .toEqual(['recording', 'edits', 'restore']);
    expect((await storedVersions(editor, procedureId)).at(-1)?.steps.at(-1)?.customText).toBeUndefined();

    await editor.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(() => box.inputValue(), { timeout: 10_000 })
      .toBe('Save the invoice and wait for the green banner');
    // Storage agrees: the undo is written, not only shown.
    await expect
      .poll(async () => (await allSteps(editor)).find((step) => step.id === lastId)?.customText, {
        timeout: 10_000,
      })
      .toBe('Save the invoice and wait for the green banner');
  });

  it('saves the edits as a version when the editor closes before the pause ends', async () => {
    const popup = env.popup();
    const target = env.page();
    await target.goto(env.server().url('invoice/'));
    await startRecording(popup, target);
    await waitForNewStep(popup, () => humanClick(target.getByRole('button', { name: 'Save invoice' })));
    await waitForScreenshotsAttached(popup);
    const editor = await stopRecording(popup, env.ext().context);
    const procedureId = new URL(editor.url()).searchParams.get('id')!;
    const recorded = await waitForVersion(editor, procedureId, 'recording');
    const lastId = recorded.steps.at(-1)!.id;
    const box = editor.getByRole('textbox', { name: `Step ${recorded.steps.length} sentence`, exact: true });
    await box.fill('Save the invoice');
    await box.press('Tab');
    // Closing drops an edit still on its way to storage; this test is about the version after it.
    await expect
      .poll(async () => (await allSteps(editor)).find((step) => step.id === lastId)?.customText, {
        timeout: 10_000,
      })
      .toBe('Save the invoice');
    await editor.close();
    const edited = await waitForVersion(popup, procedureId, 'edits');
    expect(edited.steps.at(-1)?.customText).toBe('Save the invoice');
  });
});
