/**
 * Coverage edits that need pixels: each burns a fill into a new stored image (the black-out path:
 * pixels.ts, one image per step), then records one pure edit (shared/edit/coverage.ts). The image
 * underneath stays stored while the undo history shows it (orphans.ts), which is what lets a
 * coverage made here be taken off again; the ledger remembers which images this page made.
 */
import { images } from '../../shared/db';
import {
  addCoverage,
  applyCoverage,
  type CoverChange,
  type CoveredRegion,
  type CoverLedger,
  candidates,
  coveredOf,
  EditError,
  type EditState,
  type Fraction,
  ledgerAfterCover,
  ledgerAfterRebuild,
  type Removal,
  removal,
  removeCoverage,
  ringPoints,
  sameSurroundings,
  toViewportRect,
} from '../../shared/edit';
import { toImagePixels } from '../../shared/geometry';
import { t } from '../../shared/i18n';
import { newId, type Rect, type Step, type StoredImage } from '../../shared/model';
import { blackOut } from './pixels';
import { coloursAt } from './ring-pixels';
import type { EditorStore } from './store';

const ledgers = new WeakMap<EditorStore, CoverLedger>();

/** What this page knows about the images it covered (nothing after a reload: all burned in). */
export function ledgerOf(editor: EditorStore): CoverLedger {
  return ledgers.get(editor) ?? new Map();
}

/** Whether the region at `index` of the step's coverage can be taken off now, and if not why. */
export function removalOf(editor: EditorStore, step: Step, index: number): Removal {
  return removal(ledgerOf(editor), step, index, (id) => editor.referencedImageIds().has(id));
}

async function imageOf(imageId: string | undefined): Promise<StoredImage> {
  const image = imageId ? await images.get(imageId) : undefined;
  if (!image) throw new Error(t('editorShotMissing'));
  return image;
}

/** The image with `rects` (CSS px of a viewport `viewportWidth` wide) filled, stored; its id. */
async function burn(source: StoredImage, viewportWidth: number, rects: readonly Rect[]): Promise<string> {
  const pixels = await blackOut(
    source.blob,
    source,
    rects.map((r) => toImagePixels(r, viewportWidth, source.width)),
  );
  const id = newId();
  await images.put({ id, procedureId: source.procedureId, ...pixels });
  return id;
}

/** The step's width in CSS px, or the image's own when the step has no viewport. */
const cssWidth = (step: Step, image: StoredImage) => step.viewport?.width ?? image.width;

/** `edit`, refused when a step's screenshot changed while the pixels were being made. */
function unchanged(expected: ReadonlyMap<string, string>, edit: (state: EditState) => EditState) {
  return (state: EditState): EditState => {
    for (const [stepId, imageId] of expected) {
      if (state.steps.find((s) => s.id === stepId)?.image?.imageId !== imageId)
        throw new EditError(t('coverChangedMeanwhile'));
    }
    return edit(state);
  };
}

async function run(editor: EditorStore, task: () => Promise<void>): Promise<boolean> {
  try {
    await task();
    return true;
  } catch (error) {
    editor.fail(error);
    return false;
  }
}

function findStep(editor: EditorStore, stepId: string): Step {
  const step = editor.state?.steps.find((s) => s.id === stepId);
  if (!step?.image) throw new EditError(t('editorShotMissing'));
  return step;
}

/** Covers the drawn region (fractions of the picture) and lists it as the person's coverage. */
export function coverRegion(editor: EditorStore, stepId: string, drawn: Fraction): Promise<boolean> {
  return run(editor, async () => {
    const step = findStep(editor, stepId);
    const source = await imageOf(step.image?.imageId);
    const viewport = step.viewport ?? { width: source.width, height: source.height };
    const region: CoveredRegion = { kind: 'person', rect: toViewportRect(drawn, viewport) };
    const imageId = await burn(source, viewport.width, [region.rect]);
    const change = { stepId, imageId, region };
    // Known before the edit re-renders the page, so its Remove is offered at once.
    ledgers.set(editor, ledgerAfterCover(ledgerOf(editor), source.id, imageId, region));
    editor.edit(unchanged(new Map([[stepId, source.id]]), (s) => addCoverage(s, change)));
  });
}

/**
 * Takes a coverage made in this editor off again: the step shows the image it was burned onto,
 * with any other coverage of this session burned in again. Refused with the reason otherwise.
 */
export function uncover(editor: EditorStore, stepId: string, index: number): Promise<boolean> {
  return run(editor, async () => {
    const step = findStep(editor, stepId);
    const plan = removalOf(editor, step, index);
    if (!plan.removable) throw new EditError(t(BURNED_WORDS[plan.reason]));
    let imageId = plan.base;
    if (plan.rest.length > 0) {
      const base = await imageOf(plan.base);
      imageId = await burn(
        base,
        cssWidth(step, base),
        plan.rest.map((r) => r.rect),
      );
    }
    const expected = new Map([[stepId, step.image!.imageId]]);
    if (plan.rest.length > 0)
      ledgers.set(editor, ledgerAfterRebuild(ledgerOf(editor), plan.base, imageId, plan.rest));
    editor.edit(unchanged(expected, (s) => removeCoverage(s, stepId, index, imageId)));
  });
}

export const BURNED_WORDS = {
  captured: 'coverBurnedCaptured',
  earlier: 'coverBurnedEarlier',
  changed: 'coverBurnedChanged',
  'original-gone': 'coverBurnedGone',
} as const;

/**
 * Burns the region at `index` of a step's coverage into every other step that shows the same
 * element (shared/edit/same-element.ts), as one edit. Resolves to the step ids covered, or
 * undefined when it failed (the error is shown).
 */
export async function coverEverywhere(
  editor: EditorStore,
  stepId: string,
  index: number,
): Promise<string[] | undefined> {
  let covered: string[] = [];
  const ok = await run(editor, async () => {
    const state = editor.state;
    const source = findStep(editor, stepId);
    const region = coveredOf(source)[index];
    if (!state || !region || !source.viewport) throw new EditError(t('coverRegionGone'));
    const found = candidates(state.steps, stepId, region.rect);
    const matched = await confirmPlaces(state, source, region.rect, found);
    if (matched.length === 0) return;
    const changes: CoverChange[] = [];
    const expected = new Map<string, string>();
    const made: Array<{ from: string; to: string; region: CoveredRegion }> = [];
    for (const match of matched) {
      const step = state.steps.find((s) => s.id === match.stepId)!;
      const image = await imageOf(step.image?.imageId);
      const imageId = await burn(image, cssWidth(step, image), [match.rect]);
      const copy: CoveredRegion = { kind: region.kind, rect: match.rect };
      changes.push({ stepId: step.id, imageId, region: copy });
      expected.set(step.id, image.id);
      made.push({ from: image.id, to: imageId, region: copy });
    }
    let ledger = ledgerOf(editor);
    for (const m of made) ledger = ledgerAfterCover(ledger, m.from, m.to, m.region);
    ledgers.set(editor, ledger);
    if (editor.edit(unchanged(expected, (s) => applyCoverage(s, changes))))
      covered = changes.map((c) => c.stepId);
  });
  return ok ? covered : undefined;
}

/** Keeps element matches, and place matches whose surroundings look the same as the source's. */
async function confirmPlaces(
  state: EditState,
  source: Step,
  rect: Rect,
  found: ReturnType<typeof candidates>,
): Promise<ReturnType<typeof candidates>> {
  if (!found.some((c) => c.rule === 'place')) return found;
  const viewport = source.viewport!;
  const points = ringPoints(rect, viewport);
  const sourceImage = await imageOf(source.image?.imageId);
  const reference = await coloursAt(sourceImage.blob, sourceImage, viewport.width, points);
  const kept: ReturnType<typeof candidates> = [];
  for (const c of found) {
    if (c.rule === 'element') {
      kept.push(c);
      continue;
    }
    const step = state.steps.find((s) => s.id === c.stepId)!;
    const image = await imageOf(step.image?.imageId);
    const colours = await coloursAt(image.blob, image, cssWidth(step, image), points);
    if (sameSurroundings(reference, colours)) kept.push(c);
  }
  return kept;
}
