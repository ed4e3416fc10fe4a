/**
 * Coverage in the editor, in the built extension: a region drawn on one step is burned into its
 * screenshot and listed as the person's; "Cover on every matching step" burns it into the other
 * steps of the same page (and no other), as one edit that one Undo takes back; a coverage made in
 * this editor can be removed, which shows the original pixels again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Rect, Step } from '../../src/shared/model';
import { humanClick, humanType } from './support/clicks';
import { idleExtensionPerTest } from './support/idle-extension';
import { startRecording, stopRecording } from './support/popup';
import { allSteps } from './support/recorded';
import { isBlack, screenshotPixels } from './support/screenshot-pixels';
import { waitForNewStep, waitForScreenshotsAttached } from './support/waits';

const procedureOf = (editor: Page) => new URL(editor.url()).searchParams.get('id')!;

async function stepsOf(page: Page, procedureId: string): Promise<Step[]> {
  return (await allSteps(page))
    .filter((s) => s.procedureId === procedureId)
    .sort((a, b) => a.position - b.position);
}

/** Points inside `r`, away from its edges: where a fill must be. */
function inside(r: Rect): Array<{ x: number; y: number }> {
  return [0.25, 0.5, 0.75].flatMap((fx) =>
    [0.3, 0.7].map((fy) => ({ x: r.x + fx * r.width, y: r.y + fy * r.height })),
  );
}

async function filled(page: Page, step: Step, r: Rect): Promise<boolean> {
  return (await screenshotPixels(page, step, inside(r))).every(isBlack);
}

describe('coverage in the editor', () => {
  const env = idleExtensionPerTest();

  it('covers a region on one step, then on every step of the same page, undoably', async () => {
    const popup = env.popup();
    const target = env.page();
    await target.goto(env.server().url('invoice/'));
    // The middle of the heading "New invoice", as a person covers a name in a line of text: the
    // letters on either side are what tells another screenshot shows it at the same place.
    const region = await target.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width * 0.3, y: box.y - 2, width: box.width * 0.4, height: box.height + 4 };
    });

    await startRecording(popup, target);
    await waitForNewStep(popup, () => humanType(target.getByLabel('Customer', { exact: true }), 'ACME'));
    await waitForNewStep(popup, () => humanClick(target.getByLabel('Tax exempt')));
    await waitForNewStep(popup, () => humanClick(target.getByRole('button', { name: 'Add line' })));
    await waitForNewStep(popup, () => humanClick(target.getByRole('link', { name: 'Invoices' })));
    await target.waitForURL(/invoices\.html$/);
    // A click that stays on the page, so its step has its own picture of this other page.
    await waitForNewStep(popup, () => humanClick(target.getByRole('cell', { name: 'Globex Corporation' })));
    await waitForScreenshotsAttached(popup);
    const editor = await stopRecording(popup, env.ext().context);
    await editor.getByRole('textbox', { name: 'Step 1 sentence' }).waitFor();
    const id = procedureOf(editor);

    const recorded = await stepsOf(editor, id);
    // Not parsed with URL: the stored address may show its IP host hidden ("http://…:port/").
    const onForm = (s: Step) => s.url.endsWith('/invoice/');
    // The first step with a picture (the opening "Go to" step may have one too).
    const source = recorded.find((s) => s.image)!;
    const n = recorded.indexOf(source) + 1;
    expect(onForm(source)).toBe(true);
    const same = recorded.filter((s) => s !== source && onForm(s) && s.image);
    const elsewhere = recorded.filter((s) => !onForm(s) && s.image);
    expect(same.length).toBeGreaterThanOrEqual(2);
    expect(elsewhere.length).toBeGreaterThanOrEqual(1);
    for (const s of recorded.filter((x) => x.image)) expect(await filled(editor, s, region)).toBe(false);

    // Draw the region with the mouse on the source step's picture.
    await editor.getByRole('button', { name: `More for step ${n}`, exact: true }).click();
    await editor
      .getByRole('button', { name: `Cover part of the screenshot of step ${n}`, exact: true })
      .click();
    const picker = editor.getByRole('application', { name: new RegExp(`^Region to cover on step ${n}:`) });
    // The mouse reaches only what the window shows, and the editor's toolbar stays at the top:
    // bring the picture to the middle of the window.
    await picker.evaluate((el) => el.parentElement!.scrollIntoView({ block: 'center' }));
    const layer = await picker.locator('..').boundingBox();
    if (!layer) throw new Error('The region picker has no box.');
    const vp = source.viewport!;
    const at = (x: number, y: number) => ({
      x: layer.x + (x / vp.width) * layer.width,
      y: layer.y + (y / vp.height) * layer.height,
    });
    const from = at(region.x, region.y);
    const to = at(region.x + region.width, region.y + region.height);
    await editor.mouse.move(from.x, from.y);
    await editor.mouse.down();
    await editor.mouse.move(to.x, to.y, { steps: 5 });
    await editor.mouse.up();
    await editor.getByRole('button', { name: 'Cover region', exact: true }).click();

    await expect
      .poll(async () => (await stepsOf(editor, id))[n - 1]?.image?.covered?.length ?? 0, { timeout: 10_000 })
      .toBe(1);
    const covered = (await stepsOf(editor, id))[n - 1]!;
    const drawn = covered.image!.covered![0]!;
    expect(drawn.kind).toBe('person');
    // Where the person drew, within the editor's display rounding (a CSS pixel or two).
    for (const k of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(drawn.rect[k] - region[k])).toBeLessThan(4);
    expect(await filled(editor, covered, drawn.rect)).toBe(true);
    await editor.getByText('1 region covered: 1 region you covered', { exact: true }).waitFor();
    // Made in this editor over a kept original: it can be removed, and says so.
    await editor.getByRole('button', { name: `Covered regions of step ${n}`, exact: true }).click();
    const remove = editor.getByRole('button', { name: `Remove coverage 1 of step ${n}`, exact: true });
    await expect.poll(() => remove.getAttribute('aria-disabled')).toBe('false');
    const why = await remove.getAttribute('aria-describedby');
    expect(await editor.locator(`[id="${why}"]`).textContent()).toBe(
      'Can be removed while this editor stays open.',
    );

    // Cover it on every step that shows it.
    const before = await stepsOf(editor, id);
    await editor
      .getByRole('button', { name: `Cover region 1 of step ${n} on every step showing it`, exact: true })
      .click();
    await expect
      .poll(async () => (await stepsOf(editor, id)).filter((s) => s.image?.covered?.length).length, {
        timeout: 15_000,
      })
      .toBe(1 + same.length);
    const after = await stepsOf(editor, id);
    for (const s of after) {
      const was = before.find((b) => b.id === s.id)!;
      if (same.some((x) => x.id === s.id)) {
        expect(s.image!.imageId).not.toBe(was.image!.imageId);
        expect(s.image!.covered).toEqual([drawn]);
        expect(await filled(editor, s, drawn.rect)).toBe(true);
      } else if (elsewhere.some((x) => x.id === s.id)) {
        expect(s.image!.imageId).toBe(was.image!.imageId);
        expect(s.image!.covered).toBeUndefined();
        expect(await filled(editor, s, drawn.rect)).toBe(false);
      }
    }
    await expect
      .poll(() => editor.locator('[aria-live]').textContent())
      .toBe(`Covered on ${same.length} more steps: ${same.map((s) => recorded.indexOf(s) + 1).join(', ')}.`);

    // One Undo takes it off every other step; the source keeps its own.
    await editor.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(async () => (await stepsOf(editor, id)).filter((s) => s.image?.covered?.length).length, {
        timeout: 10_000,
      })
      .toBe(1);
    for (const s of await stepsOf(editor, id)) {
      const was = before.find((b) => b.id === s.id)!;
      expect(s.image?.imageId).toBe(was.image?.imageId);
      if (s.id !== source.id && s.image) expect(await filled(editor, s, drawn.rect)).toBe(false);
    }

    // Remove on the source step shows the original pixels again, itself undoable.
    await remove.click();
    await expect
      .poll(async () => (await stepsOf(editor, id))[n - 1]?.image?.imageId, { timeout: 10_000 })
      .toBe(source.image!.imageId);
    expect((await stepsOf(editor, id))[n - 1]!.image!.covered).toBeUndefined();
    expect(await filled(editor, (await stepsOf(editor, id))[n - 1]!, drawn.rect)).toBe(false);
    await editor.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(async () => (await stepsOf(editor, id))[n - 1]?.image?.covered?.length ?? 0, { timeout: 10_000 })
      .toBe(1);
  });

  it('shows what the recorder covered on a customer table, and says why it cannot be removed', async () => {
    const popup = env.popup();
    const target = env.page();
    await target.goto(env.server().url('personal/crm.html'));
    await startRecording(popup, target);
    const open = target.getByRole('button', { name: 'Open', exact: true });
    await waitForNewStep(popup, () => humanClick(open.first()));
    await waitForNewStep(popup, () => humanClick(open.nth(1)));
    await waitForScreenshotsAttached(popup);
    const editor = await stopRecording(popup, env.ext().context);
    await editor.getByRole('textbox', { name: 'Step 1 sentence' }).waitFor();
    const recorded = await stepsOf(editor, procedureOf(editor));
    const shown = recorded.find((s) => (s.image?.covered?.length ?? 0) > 0);
    if (!shown) throw new Error('The recorder covered nothing on the customer table.');
    const n = recorded.indexOf(shown) + 1;
    const kinds = shown.image!.covered!.map((c) => c.kind);

    // The summary counts each kind the recorder covered (3 emails, 3 phones, 3 IBANs, 1 SSN).
    await editor.getByRole('button', { name: `Covered regions of step ${n}`, exact: true }).click();
    const list = editor.getByRole('list', { name: `Covered regions of step ${n}`, exact: true });
    const summary = await editor
      .locator(
        `[id="${await list.evaluate((el) => el.closest('section')!.getAttribute('aria-labelledby'))}"]`,
      )
      .textContent();
    expect(summary).toMatch(new RegExp(`^${kinds.length} regions covered: `));
    expect(summary).toContain(`${kinds.filter((k) => k === 'email').length} email addresses`);
    expect(summary).toContain(`${kinds.filter((k) => k === 'phone').length} phone numbers`);
    expect(await list.getByRole('listitem').count()).toBe(kinds.length);

    // Filled before the picture was stored: no original to go back to.
    const remove = editor.getByRole('button', { name: `Remove coverage 1 of step ${n}`, exact: true });
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    const why = await remove.getAttribute('aria-describedby');
    expect(await editor.locator(`[id="${why}"]`).textContent()).toBe(
      'Covered when the screenshot was taken: the original was never stored, so this stays.',
    );
    // Reachable by keyboard, so the reason is heard; pressing it changes nothing.
    await remove.focus();
    await editor.keyboard.press('Enter');
    await editor.keyboard.press('Space');
    expect((await stepsOf(editor, procedureOf(editor)))[n - 1]!.image).toEqual(shown.image);
    // The other step shows the table as recorded, its own fills included: nothing left to cover.
    await editor
      .getByRole('button', { name: `Cover region 1 of step ${n} on every step showing it`, exact: true })
      .click();
    await expect
      .poll(() => editor.locator('[aria-live]').textContent())
      .toBe('No other step shows this region.');

    // By keyboard: the picker takes focus, arrows move the region, Enter covers it; the person's
    // own coverage can be removed again, beside the recorder's that cannot.
    await editor.getByRole('button', { name: `More for step ${n}`, exact: true }).click();
    await editor
      .getByRole('button', { name: `Cover part of the screenshot of step ${n}`, exact: true })
      .press('Enter');
    const picker = editor.getByRole('application', { name: new RegExp(`^Region to cover on step ${n}:`) });
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await editor.keyboard.press('ArrowRight');
    await editor.keyboard.press('ArrowRight');
    await editor.keyboard.press('Enter');
    const id = procedureOf(editor);
    await expect
      .poll(async () => (await stepsOf(editor, id))[n - 1]!.image!.covered!.length, { timeout: 10_000 })
      .toBe(kinds.length + 1);
    const mine = (await stepsOf(editor, id))[n - 1]!.image!.covered!.at(-1)!;
    expect(mine.kind).toBe('person');
    // The centre half of the picture, moved right twice by 2 % of its width.
    expect(mine.rect.x / shown.viewport!.width).toBeCloseTo(0.29, 2);
    const removeMine = editor.getByRole('button', {
      name: `Remove coverage ${kinds.length + 1} of step ${n}`,
      exact: true,
    });
    await expect.poll(() => removeMine.getAttribute('aria-disabled')).toBe('false');
    await removeMine.press('Enter');
    await expect
      .poll(async () => (await stepsOf(editor, id))[n - 1]!.image, { timeout: 10_000 })
      .toEqual(shown.image);
  });
});
