/**
 * Coverage: boxes of personal data filled in a screenshot's pixels, listed in `image.covered`.
 * The recorder fills some at capture (their originals were never stored); the person adds more in
 * the editor, each burned into a new image like a black-out. A coverage can be taken back only
 * while this editor still holds the image it was burned onto (the ledger below); once that
 * original has gone, or the coverage came from the capture or an earlier session, it stays.
 */
import type { Rect, StepImage } from '../model';
import { EditError, type EditState, updateStep } from './state';

export type CoveredRegion = NonNullable<StepImage['covered']>[number];
export type CoverKind = CoveredRegion['kind'];

/** The coverage listed for a step's screenshot, in order; empty when it has none or no screenshot. */
export function coveredOf(step: { image?: StepImage | undefined }): readonly CoveredRegion[] {
  return step.image?.covered ?? [];
}

/** Coverage regions compared by value: a reload from storage makes new objects of the same data. */
export function sameRegion(a: CoveredRegion, b: CoveredRegion): boolean {
  const r = a.rect;
  const s = b.rect;
  return a.kind === b.kind && r.x === s.x && r.y === s.y && r.width === s.width && r.height === s.height;
}

/** One step's new image with one more covered region. */
export interface CoverChange {
  stepId: string;
  /** The stored image with `region` burned in. */
  imageId: string;
  region: CoveredRegion;
}

function covering(state: EditState, change: CoverChange): EditState {
  return updateStep(state, change.stepId, (step) => {
    if (!step.image) throw new EditError('This step has no screenshot to cover.');
    const covered = [...coveredOf(step), { kind: change.region.kind, rect: { ...change.region.rect } }];
    return { ...step, image: { ...step.image, imageId: change.imageId, covered } };
  });
}

/** Points a step at its covered copy and lists the region. */
export function addCoverage(state: EditState, change: CoverChange): EditState {
  return covering(state, change);
}

/** The same coverage on several steps as one edit, so one undo takes it off all of them. */
export function applyCoverage(state: EditState, changes: readonly CoverChange[]): EditState {
  return changes.reduce(covering, state);
}

/**
 * Takes coverage off a step: it shows `imageId` (the original, or the original with the rest of
 * this session's coverage burned in again) and no longer lists the region at `index`.
 */
export function removeCoverage(state: EditState, stepId: string, index: number, imageId: string): EditState {
  return updateStep(state, stepId, (step) => {
    const covered = coveredOf(step);
    if (!step.image || !covered[index]) throw new EditError('That covered region is no longer there.');
    const rest = covered.filter((_, i) => i !== index);
    const image: StepImage = { ...step.image, imageId };
    if (rest.length > 0) image.covered = rest;
    else delete image.covered;
    return { ...step, image };
  });
}

/**
 * What this editor knows about images it made: image id → the image it was burned onto (`base`,
 * never itself covered in this session) and the regions burned since, in order. Kept in memory
 * only, so closing the editor burns everything in.
 */
export type CoverLedger = ReadonlyMap<string, { base: string; regions: readonly CoveredRegion[] }>;

/** The ledger after `to` was made from `from` by burning `region` in. */
export function ledgerAfterCover(
  ledger: CoverLedger,
  from: string,
  to: string,
  region: CoveredRegion,
): CoverLedger {
  const earlier = ledger.get(from);
  const next = new Map(ledger);
  next.set(to, {
    base: earlier?.base ?? from,
    regions: [...(earlier?.regions ?? []), region],
  });
  return next;
}

/** The ledger after `to` was made from `base` by burning `regions` in (a removal re-burning the rest). */
export function ledgerAfterRebuild(
  ledger: CoverLedger,
  base: string,
  to: string,
  regions: readonly CoveredRegion[],
): CoverLedger {
  const next = new Map(ledger);
  next.set(to, { base, regions: [...regions] });
  return next;
}

/** Why a coverage cannot be taken off (each has its own sentence in the editor). */
export type BurnedReason =
  /** Filled when the screenshot was taken: the original pixels were never stored. */
  | 'captured'
  /** Added before this editor was opened: its original went when that editor closed. */
  | 'earlier'
  /** The screenshot was changed again since (a black-out, a crop): undo those first. */
  | 'changed'
  /** The original left the undo history and may be deleted. */
  | 'original-gone';

export type Removal =
  | { removable: true; base: string; rest: readonly CoveredRegion[] }
  | { removable: false; reason: BurnedReason };

/**
 * Whether the region at `index` of a step's coverage can be taken off: only when the step's
 * image is one this editor made by covering, the region is among those it burned, and the image
 * they were burned onto is still held (`kept`: does the undo history show that image; asked only
 * for images this editor made, since walking the history costs). `rest` is what must be burned
 * onto `base` again; empty means the step simply shows `base` again.
 */
export function removal(
  ledger: CoverLedger,
  step: { image?: StepImage | undefined },
  index: number,
  kept: (imageId: string) => boolean,
): Removal {
  const region = coveredOf(step)[index];
  const image = step.image;
  if (!image || !region) return { removable: false, reason: 'changed' };
  const made = ledger.get(image.imageId);
  if (!made) {
    // Not an image of this session: either the last pixel edit was not a coverage, or the region
    // predates the editor. A region of the capture says so; the person's own was burned earlier.
    // Ours if this session burned one of that kind and size (a crop since moved it, not resized).
    const ours = [...ledger.values()].some((entry) =>
      entry.regions.some(
        (r) =>
          r.kind === region.kind &&
          Math.abs(r.rect.width - region.rect.width) < 0.01 &&
          Math.abs(r.rect.height - region.rect.height) < 0.01,
      ),
    );
    if (ours) return { removable: false, reason: 'changed' };
    return { removable: false, reason: region.kind === 'person' ? 'earlier' : 'captured' };
  }
  const at = made.regions.findIndex((r) => sameRegion(r, region));
  if (at < 0) return { removable: false, reason: region.kind === 'person' ? 'earlier' : 'captured' };
  if (!kept(made.base)) return { removable: false, reason: 'original-gone' };
  return { removable: true, base: made.base, rest: made.regions.filter((_, i) => i !== at) };
}

/** Moves coverage with a crop: `dx`/`dy` in CSS px; regions wholly outside `bounds` are dropped. */
export function shiftCovered(
  covered: readonly CoveredRegion[],
  dx: number,
  dy: number,
  bounds: { width: number; height: number },
): CoveredRegion[] {
  const out: CoveredRegion[] = [];
  for (const region of covered) {
    const r: Rect = { ...region.rect, x: region.rect.x - dx, y: region.rect.y - dy };
    const outside = r.x >= bounds.width || r.y >= bounds.height || r.x + r.width <= 0 || r.y + r.height <= 0;
    if (!outside) out.push({ kind: region.kind, rect: r });
  }
  return out;
}
