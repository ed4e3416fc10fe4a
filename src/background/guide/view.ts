/** A guided run's current state as the panel shows it, read from the repositories. */

import { images, procedures, steps } from '../../shared/db';
import { formatDuration } from '../../shared/duration';
import { focusView } from '../../shared/focus';
import { markerBox } from '../../shared/geometry';
import type { Expectation, GuidePicture, GuideShow } from '../../shared/guide-protocol';
import { ui } from '../../shared/i18n';
import type { Step, Target } from '../../shared/model';
import { sentence } from '../../shared/text';
import type { GuideRun } from './state';

/** The step's recorded element, for the step types that have one. */
function targetOf(step: Step): Target | undefined {
  return 'target' in step ? step.target : undefined;
}

export function expectationOf(step: Step): Expectation {
  switch (step.type) {
    case 'click':
      return { kind: 'click', button: step.button };
    case 'type':
      return { kind: 'type' };
    case 'select':
      return step.widget ? { kind: 'select', widget: step.widget } : { kind: 'select' };
    case 'check':
      return { kind: 'check' };
    case 'key':
      return { kind: 'key', keys: step.keys };
    default:
      return { kind: 'done' };
  }
}

export async function showFor(run: GuideRun | undefined): Promise<GuideShow> {
  if (!run) return { state: 'off' };
  const total = run.stepIds.length;
  if (run.finishedAt !== undefined) {
    const tookMs = run.finishedAt - run.startedAt;
    return {
      state: 'finished',
      runId: run.runId,
      total,
      skipped: run.skipped,
      tookMs,
      took: formatDuration(tookMs, ui.locale),
    };
  }
  const step = await steps.get(run.stepIds[run.index] ?? '');
  if (!step) return { state: 'off' };
  const input = step.type === 'type' && step.input ? step.input.label : undefined;
  return {
    state: 'step',
    view: {
      runId: run.runId,
      stepId: step.id,
      index: run.index,
      total,
      sentence: sentence(step, ui),
      ...(step.note ? { note: step.note } : {}),
      ...(input ? { input } : {}),
      expect: expectationOf(step),
      ...(targetOf(step) && step.type !== 'navigate' && step.type !== 'manual'
        ? { target: targetOf(step) }
        : {}),
      hasPicture: step.image !== undefined,
    },
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The step's screenshot, focused like the editor shows it, with its marker. */
export async function pictureOf(stepId: string): Promise<GuidePicture | null> {
  const step = await steps.get(stepId);
  if (!step?.image) return null;
  const [image, procedure] = await Promise.all([
    images.get(step.image.imageId),
    procedures.get(step.procedureId),
  ]);
  if (!image) return null;
  const size = { width: image.width, height: image.height };
  const placed = { type: step.type, target: targetOf(step), marker: step.marker, viewport: step.viewport };
  const full = procedure?.view === 'full' || step.view === 'full';
  const focus = full ? undefined : focusView(placed as Parameters<typeof focusView>[0], size);
  const marker = focus ? focus.marker : markerBox(placed as Parameters<typeof markerBox>[0]);
  return {
    base64: toBase64(new Uint8Array(await image.blob.arrayBuffer())),
    type: image.blob.type || 'image/png',
    width: image.width,
    height: image.height,
    ...(focus ? { crop: focus.crop } : {}),
    ...(marker ? { marker } : {}),
  };
}
