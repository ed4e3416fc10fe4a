/**
 * The versions repository: what a version holds, one equal to the newest is not saved again, the
 * bounds are applied with each new version, and screenshots are shared with versions: a sweep or
 * a release keeps one a kept version shows, and pruning that version lets it go.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { images, procedures, reclaimImages, steps, versions, writeProcedure } from '../../../src/shared/db';
import { VERSION_LIMIT, VERSION_MAX_AGE_MS } from '../../../src/shared/db/version-bounds';
import type { Step } from '../../../src/shared/model';
import { clickStep, freshDatabase, image } from './fresh';

const DAY = 24 * 60 * 60 * 1000;
const T0 = 1_800_000_000_000;

let procedureId: string;
let first: Step;

beforeEach(async () => {
  await freshDatabase();
  procedureId = (await procedures.create({ title: 'Pay', startUrl: 'https://x.test/' }, T0)).id;
  const shot = image(procedureId, 'img-original');
  first = clickStep(procedureId, 1, { image: { imageId: shot.id, mode: 'own', capturedAt: 1 } });
  await steps.append(first, shot, T0);
});

/** The editor's way of replacing a screenshot: store the new one, point the step at it, release the old. */
async function replaceScreenshot(newId: string, release: string[] = []) {
  await images.put(image(procedureId, newId));
  const step = { ...first, image: { imageId: newId, mode: 'own' as const, capturedAt: 2 } };
  await writeProcedure({ procedureId, patch: [{ step, fields: ['image'] }], release }, 'edit');
}

const retitle = (title: string, now: number) => procedures.update(procedureId, { title }, now);

describe('versions', () => {
  it('holds the procedure, its steps as stored, the reason and the time; lists newest first', async () => {
    const saved = await versions.save(procedureId, 'recording', { now: T0 + 1 });
    expect(saved).toMatchObject({
      procedureId,
      at: T0 + 1,
      reason: 'recording',
      procedure: { id: procedureId, title: 'Pay', stepCount: 1 },
      steps: [first],
      imageIds: ['img-original'],
    });
    await retitle('Pay an invoice', T0 + 2);
    await versions.save(procedureId, 'edits', { now: T0 + 3 });
    expect(await versions.list(procedureId)).toMatchObject([
      { reason: 'edits', title: 'Pay an invoice', stepCount: 1, at: T0 + 3 },
      { reason: 'recording', title: 'Pay', stepCount: 1, at: T0 + 1 },
    ]);
    expect(await versions.get(saved!.id)).toEqual(saved);
  });

  it('does not save a version equal to the newest, even with its fields stored in another order', async () => {
    expect(await versions.save(procedureId, 'recording', { now: T0 + 1 })).toBeDefined();
    expect(await versions.save(procedureId, 'edits', { now: T0 + 2 })).toBeUndefined();
    // The same content written back with its keys in another order is still the same.
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as Step;
    await writeProcedure({ procedureId, put: [reordered] }, 'edit', T0 + 3);
    expect(await versions.save(procedureId, 'edits', { now: T0 + 4 })).toBeUndefined();
    await retitle('Changed', T0 + 5);
    expect(await versions.save(procedureId, 'edits', { now: T0 + 6 })).toBeDefined();
    expect(await versions.list(procedureId)).toHaveLength(2);
  });

  it('saves nothing for a procedure that is gone or in the bin', async () => {
    expect(await versions.save('nope', 'import')).toBeUndefined();
    await procedures.trash(procedureId);
    expect(await versions.save(procedureId, 'edits')).toBeUndefined();
  });

  it('keeps at most fifty versions, dropping the oldest', async () => {
    for (let i = 0; i <= VERSION_LIMIT; i++) {
      await retitle(`Title ${i}`, T0 + i * 1000);
      await versions.save(procedureId, 'edits', { now: T0 + i * 1000 + 1 });
    }
    const kept = await versions.list(procedureId);
    expect(kept).toHaveLength(VERSION_LIMIT);
    expect(kept[0]!.title).toBe(`Title ${VERSION_LIMIT}`);
    expect(kept.at(-1)!.title).toBe('Title 1');
  });

  it('drops versions older than thirty days with the next one, and always keeps the newest', async () => {
    await versions.save(procedureId, 'recording', { now: T0 });
    await retitle('Ten days on', T0 + 10 * DAY);
    await versions.save(procedureId, 'edits', { now: T0 + 10 * DAY });
    // Nothing happens by itself: pruning runs when a version is saved.
    await retitle('Forty days on', T0 + 40 * DAY);
    await versions.save(procedureId, 'edits', { now: T0 + 40 * DAY });
    expect((await versions.list(procedureId)).map((v) => v.title)).toEqual(['Forty days on', 'Ten days on']);
    // A year later, the one before goes; the new one is kept.
    await retitle('A year on', T0 + 365 * DAY);
    await versions.save(procedureId, 'edits', { now: T0 + 365 * DAY });
    expect((await versions.list(procedureId)).map((v) => v.title)).toEqual(['A year on']);
    expect(VERSION_MAX_AGE_MS).toBe(30 * DAY);
  });

  it('keeps a screenshot only an old version shows through sweeps and releases, and lets it go with that version', async () => {
    await versions.save(procedureId, 'recording', { now: T0 });
    await replaceScreenshot('img-blacked', ['img-original']);
    // The release did not delete it: the recording's version shows it.
    expect(await images.get('img-original')).toBeDefined();
    // Nor does the sweep an editor's closing runs.
    expect(await reclaimImages(procedureId)).toBe(0);
    expect((await images.listIds(procedureId)).sort()).toEqual(['img-blacked', 'img-original']);

    // Thirty-one days later the next version prunes the recording's: its screenshot goes with it.
    await versions.save(procedureId, 'edits', { now: T0 + 31 * DAY, releaseExcept: () => new Set() });
    expect(await versions.list(procedureId)).toHaveLength(1);
    expect(await images.get('img-original')).toBeUndefined();
    expect(await images.get('img-blacked')).toBeDefined();
  });

  it('leaves a pruned version’s screenshot to the next sweep when an editor may still undo to it', async () => {
    await versions.save(procedureId, 'recording', { now: T0 });
    await replaceScreenshot('img-blacked');
    await versions.save(procedureId, 'edits', {
      now: T0 + 31 * DAY,
      releaseExcept: () => new Set(['img-original']),
    });
    expect(await images.get('img-original')).toBeDefined();
    await versions.save(procedureId, 'edits', { now: T0 + 62 * DAY });
    // No version shows it any more: the sweep an editor's closing runs deletes it.
    expect(await reclaimImages(procedureId)).toBe(1);
    expect(await images.get('img-original')).toBeUndefined();
  });

  it('keeps a screenshot that a remaining version still shows when another version is pruned', async () => {
    await versions.save(procedureId, 'recording', { now: T0 });
    await retitle('Renamed', T0 + 20 * DAY);
    await versions.save(procedureId, 'edits', { now: T0 + 20 * DAY });
    await replaceScreenshot('img-blacked', ['img-original']);
    await versions.save(procedureId, 'edits', { now: T0 + 31 * DAY, releaseExcept: () => new Set() });
    // The first version went; the second (20 days old) still shows the original.
    expect(await versions.list(procedureId)).toHaveLength(2);
    expect(await images.get('img-original')).toBeDefined();
  });

  it('goes with its procedure when the procedure is deleted for good', async () => {
    await versions.save(procedureId, 'recording', { now: T0 });
    await procedures.remove(procedureId);
    expect(await versions.list(procedureId)).toEqual([]);
    expect(await images.listIds(procedureId)).toEqual([]);
  });

  it('saves outside an editor and releases pruned screenshots there (no editor holds the procedure)', async () => {
    await versions.save(procedureId, 'recording', { now: T0 });
    await replaceScreenshot('img-blacked');
    await versions.saveOutsideEditor(procedureId, 'recording', T0 + 31 * DAY);
    expect(await versions.list(procedureId)).toHaveLength(1);
    const locks = globalThis.navigator?.locks;
    // Without Web Locks (some test DOMs) it cannot know, and leaves the screenshot to a sweep.
    expect(await images.get('img-original')).toEqual(locks ? undefined : expect.anything());
  });

  it('forgets every version but the current one, with the screenshots only they showed', async () => {
    await versions.save(procedureId, 'recording', { now: T0 });
    await replaceScreenshot('img-blacked');
    await versions.save(procedureId, 'edits', { now: T0 + 1 });
    expect(await images.get('img-original')).toBeDefined();
    expect(await versions.keepOnlyCurrent(procedureId, { now: T0 + 2, releaseExcept: () => new Set() })).toBe(
      1,
    );
    // The newest held what is stored now: it is the one kept.
    expect(await versions.list(procedureId)).toMatchObject([{ reason: 'edits', at: T0 + 1 }]);
    expect(await images.get('img-original')).toBeUndefined();
    expect(await images.get('img-blacked')).toBeDefined();
  });

  it('saves the current state when forgetting, if no version holds it, and keeps what an undo history shows', async () => {
    await versions.save(procedureId, 'recording', { now: T0 });
    await replaceScreenshot('img-blacked');
    expect(
      await versions.keepOnlyCurrent(procedureId, {
        now: T0 + 5,
        releaseExcept: () => new Set(['img-original']),
      }),
    ).toBe(1);
    const [only] = await versions.list(procedureId);
    expect(only).toMatchObject({ reason: 'edits', at: T0 + 5 });
    expect((await versions.get(only!.id))!.imageIds).toEqual(['img-blacked']);
    expect(await images.get('img-original')).toBeDefined();
    // Without a release (another editor open) nothing is deleted here; the sweep after it closes does it.
    expect(await reclaimImages(procedureId)).toBe(1);
  });

  it('after an editor closes, saves the edits only when there is a version to differ from', async () => {
    // A procedure from before versions existed: opening and closing an editor is not an edit.
    expect(await versions.saveAfterEditorClosed(procedureId, T0 + 1)).toBeUndefined();
    await versions.save(procedureId, 'recording', { now: T0 + 2 });
    expect(await versions.saveAfterEditorClosed(procedureId, T0 + 3)).toBeUndefined();
    await retitle('Edited, and the page closed before it saved a version', T0 + 4);
    expect(await versions.saveAfterEditorClosed(procedureId, T0 + 5)).toMatchObject({ reason: 'edits' });
  });
});
