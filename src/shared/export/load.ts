/**
 * Loads what an export needs through the repositories. Images are read one by one, reporting
 * progress and yielding to the event loop every few images, so a long procedure never freezes
 * the page that exports it.
 */

import { images, procedures, steps as stepsRepo } from '../db';
import { english, type Messages } from '../i18n/catalog';
import type { Procedure, Step } from '../model';
import { type ImageInfo, imageInfo } from './image-info';
import { reviewedStep } from './reviewed';

export type ProgressCallback = (done: number, total: number) => void;

export interface LoadedImage extends ImageInfo {
  bytes: Uint8Array;
}

const YIELD_EVERY = 4;

export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function loadProcedure(
  procedureId: string,
  m: Messages = english,
): Promise<{ procedure: Procedure; steps: Step[] }> {
  const procedure = await procedures.get(procedureId);
  if (!procedure) throw new Error(m.t('procedureGoneExport'));
  return { procedure, steps: (await stepsRepo.list(procedureId)).map(reviewedStep) };
}

/** Stored image ids in order of first use; a screenshot shared by several steps appears once. */
export function imageIdsInOrder(steps: readonly Step[]): string[] {
  return [...new Set(steps.flatMap((s) => (s.image ? [s.image.imageId] : [])))];
}

/**
 * Reads every image the steps use and hands each to `use` in order. An image that is missing or
 * whose bytes are not a PNG, JPEG or WebP is skipped: its step is exported without a screenshot
 * rather than failing the whole export or producing a file that import would refuse.
 */
export async function forEachImage(
  steps: readonly Step[],
  onProgress: ProgressCallback | undefined,
  use: (storedId: string, image: LoadedImage) => void | Promise<void>,
): Promise<void> {
  const ids = imageIdsInOrder(steps);
  onProgress?.(0, ids.length);
  for (const [i, id] of ids.entries()) {
    const stored = await images.get(id);
    if (stored) {
      const bytes = new Uint8Array(await stored.blob.arrayBuffer());
      const info = imageInfo(bytes);
      if (info) await use(id, { ...info, bytes });
    }
    onProgress?.(i + 1, ids.length);
    if ((i + 1) % YIELD_EVERY === 0) await nextTask();
  }
}
