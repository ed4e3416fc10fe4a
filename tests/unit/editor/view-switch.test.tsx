/** The editor shows screenshots focused by default; a step or the whole procedure switches to full, undoably. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { click } from '../edit/fixtures';
import { recordedProcedure, stored } from './db';
import { button, waitFor } from './dom';
import { emptyPage, leavePage, mountEditor } from './mount';

let root: HTMLElement;

const twoClicks = (procedureId: string) =>
  [click('a', 1000, 'Open'), click('b', 2000, 'Save')].map((s) => ({ ...s, procedureId }));

const mount = (procedureId: string) => mountEditor(root, procedureId, 2);

const frames = () => [...root.querySelectorAll('.shot-frame')];
const pressed = (n: number) => button(root, `Full screenshot of step ${n}`)?.getAttribute('aria-pressed');

describe('focused and full screenshots in the editor', () => {
  beforeEach(async () => {
    root = await emptyPage();
  });
  afterEach(() => leavePage(root));

  it('shows every step focused, with the marker inside the focused frame', async () => {
    await mount(await recordedProcedure(twoClicks));
    expect(frames().map((f) => f.classList.contains('shot-focused'))).toEqual([true, true]);
    // The frame takes the crop's shape, not the viewport's 2:1.
    expect((frames()[0] as HTMLElement).style.aspectRatio).not.toBe('1000 / 500');
    const marker = frames()[0]!.querySelector<HTMLElement>('.marker')!;
    for (const side of ['left', 'top'] as const) {
      const value = Number.parseFloat(marker.style[side]);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(100);
    }
    expect([pressed(1), pressed(2)]).toEqual(['false', 'false']);
  });

  it('switches one step to full and back with Undo, saving each', async () => {
    const store = await mount(await recordedProcedure(twoClicks));
    button(root, 'Full screenshot of step 2')!.click();
    await waitFor(() => pressed(2) === 'true');
    expect(frames().map((f) => f.classList.contains('shot-focused'))).toEqual([true, false]);
    await store.flush();
    expect((await stored(store.procedureId)).steps[1]!.view).toBe('full');
    button(root, 'Undo')!.click();
    await waitFor(() => pressed(2) === 'false');
    expect(frames()[1]!.classList.contains('shot-focused')).toBe(true);
    await store.flush();
    expect((await stored(store.procedureId)).steps[1]!.view).toBeUndefined();
  });

  it('switches the whole procedure, clearing each step’s own choice', async () => {
    const store = await mount(await recordedProcedure(twoClicks));
    button(root, 'Full screenshot of step 1')!.click();
    await waitFor(() => pressed(1) === 'true');
    button(root, 'Show every screenshot full')!.click();
    await waitFor(() => pressed(2) === 'true');
    expect([pressed(1), pressed(2)]).toEqual(['true', 'true']);
    expect(button(root, 'Show every screenshot full')!.disabled).toBe(true);
    await store.flush();
    const db = await stored(store.procedureId);
    expect(db.procedure.view).toBe('full');
    expect(db.steps.map((s) => s.view)).toEqual([undefined, undefined]);
    button(root, 'Focus every screenshot')!.click();
    await waitFor(() => pressed(1) === 'false' && pressed(2) === 'false');
    button(root, 'Undo')!.click();
    await waitFor(() => pressed(1) === 'true' && pressed(2) === 'true');
  });
});
