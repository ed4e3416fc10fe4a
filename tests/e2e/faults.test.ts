/**
 * Faults in the middle of a recording: the service worker stopped (as Chrome does after ~30 s
 * idle), clicks that leave the page or remove their own element, the recorded tab closed, and the
 * extension reloaded. In each, every step recorded so far must be kept, in order, with its name.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { humanClick, PRESS_MS, personPause } from './support/clicks';
import { stopServiceWorker } from './support/extension';
import { reloadExtension } from './support/extension-reload';
import { freshExtensionPerTest } from './support/fresh-extension';
import { openPopup, startRecording } from './support/popup';
import { badgeText, clickedNames, newestSteps } from './support/recorded';

const ACTIONS = [
  'Approve order',
  'Hold order',
  'Refund order',
  'Print label',
  'Email customer',
  'Archive order',
];

/**
 * Uncaught errors and console errors of a page (the content script's included), collected from
 * the moment it opens. The fixture server has no favicon; Chromium's request for it is not an error of ours.
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' || /\/favicon\.ico$/.test(message.location().url)) return;
    errors.push(`console: ${message.text()}`);
  });
  return errors;
}

describe('faults during a recording', () => {
  const env = freshExtensionPerTest();

  /** The faults page, recording, with the popup open beside it. */
  async function recordFaultsPage(): Promise<{ target: Page; popup: Page; errors: string[] }> {
    const target = await env.ext().context.newPage();
    const errors = watchErrors(target);
    await target.goto(env.server().url('faults/'));
    const popup = await openPopup(env.ext().context, env.ext().extensionId);
    await startRecording(popup, target);
    return { target, popup, errors };
  }

  const press = (target: Page, name: string) => humanClick(target.getByRole('button', { name, exact: true }));

  /**
   * A press with the raw mouse, for elements that go away at pointerdown: Playwright's click
   * would see the element detach and retry instead of releasing the button.
   */
  async function rawPress(target: Page, name: string, role: 'button' | 'link' = 'button'): Promise<void> {
    const box = await target.getByRole(role, { name, exact: true }).boundingBox();
    if (!box) throw new Error(`${name} is not on screen.`);
    await target.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await target.mouse.down();
    await personPause(target, PRESS_MS); // the button held down as long as a person's press
    await target.mouse.up();
  }

  it('keeps every step, in order, when the service worker is stopped twice mid-recording', async () => {
    const { target, popup, errors } = await recordFaultsPage();
    await press(target, ACTIONS[0]!);
    await press(target, ACTIONS[1]!);
    await stopServiceWorker(env.ext().context);
    await press(target, ACTIONS[2]!);
    await press(target, ACTIONS[3]!);
    await stopServiceWorker(env.ext().context);
    await press(target, ACTIONS[4]!);
    await press(target, ACTIONS[5]!);

    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 20_000 })
      .toEqual(ACTIONS);
    const steps = await newestSteps(popup);
    // The first step says where the task began; then the six clicks.
    expect(steps.map((s) => s.type)).toEqual(['navigate', ...ACTIONS.map(() => 'click')]);
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    const times = steps.map((s) => s.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Still recording, and both the popup and the toolbar badge say so.
    await expect
      .poll(() => popup.getByRole('status').textContent())
      .toBe(`Recording · ${steps.length} steps`);
    await popup.reload();
    await expect
      .poll(() => popup.getByRole('status').textContent())
      .toBe(`Recording · ${steps.length} steps`);
    expect(await badgeText(popup)).toBe(String(steps.length));

    // And it goes on recording after the restarts.
    await target.bringToFront();
    await press(target, 'Flag for review');
    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 10_000 })
      .toEqual([...ACTIONS, 'Flag for review']);
    expect(errors).toEqual([]);
  });

  it('keeps the name of an element removed at pointerdown, and of clicks that leave the page', async () => {
    const { target, popup, errors } = await recordFaultsPage();
    // The page removes this button in its own capture-phase pointerdown listener, which runs
    // before the recorder's on this first page (the recorder was injected after the page's scripts).
    await rawPress(target, 'Dismiss banner');
    await expect.poll(() => target.locator('#banner').count()).toBe(0);
    // A link: the page is left at click.
    await humanClick(target.getByRole('link', { name: 'Continue to billing' }));
    await target.waitForURL(/billing\.html$/);
    // A button whose pointerdown leaves the page: the click event never fires.
    await rawPress(target, 'Pay now');
    await target.waitForURL(/done\.html$/);
    await press(target, 'Finish');

    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 15_000 })
      .toEqual(['Dismiss banner', 'Continue to billing', 'Pay now', 'Finish']);
    const steps = await newestSteps(popup);
    const byName = (name: string) => steps.find((s) => s.type === 'click' && s.target.name === name)!;
    expect(byName('Dismiss banner').target!.role).toBe('button');
    expect(byName('Continue to billing').target!.role).toBe('link');
    expect(byName('Continue to billing').url).toMatch(/\/faults\/$/);
    expect(byName('Pay now').url).toMatch(/billing\.html$/);
    expect(byName('Finish').url).toMatch(/done\.html$/);
    expect(errors).toEqual([]);
  });

  it('ends the recording and keeps every step when the recorded tab is closed', async () => {
    const { target, popup } = await recordFaultsPage();
    await press(target, ACTIONS[0]!);
    await press(target, ACTIONS[1]!);
    // Closed right after a click, without waiting for that step to be stored.
    await press(target, ACTIONS[2]!);
    await target.close();

    await popup.reload();
    await expect
      .poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('Not recording');
    await expect.poll(() => badgeText(popup)).toBe('');
    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 10_000 })
      .toEqual(ACTIONS.slice(0, 3));
  });

  it('ends cleanly, keeping every step, when the extension is reloaded mid-recording', async () => {
    const { context, extensionId } = env.ext();
    const { target, popup, errors } = await recordFaultsPage();
    await press(target, ACTIONS[0]!);
    await press(target, ACTIONS[1]!);
    await expect
      .poll(async () => clickedNames(await newestSteps(popup)), { timeout: 10_000 })
      .toEqual(ACTIONS.slice(0, 2));
    // A screenshot deferred by the quota lands (or says why not) on its own time: wait for it.
    await expect
      .poll(async () => (await newestSteps(popup)).filter((s) => s.problem?.code === 'screenshot-pending'), {
        timeout: 10_000,
      })
      .toEqual([]);
    const before = await newestSteps(popup);

    await reloadExtension(context, extensionId, popup);

    // The old content script is cut off from the extension: pressing on must not throw in the page.
    await target.bringToFront();
    await press(target, ACTIONS[2]!);
    await press(target, ACTIONS[3]!);
    await expect.poll(() => target.getByRole('status').textContent()).toBe(`Done: ${ACTIONS[3]}`);

    const after = await openPopup(context, extensionId);
    await expect
      .poll(() => after.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('Not recording');
    expect(await badgeText(after)).toBe('');
    // Every step stored before the reload is still there, unchanged.
    const kept = await newestSteps(after);
    expect(kept.slice(0, before.length)).toEqual(before);
    expect(errors).toEqual([]);
  });
});
