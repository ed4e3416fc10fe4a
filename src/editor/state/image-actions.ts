/**
 * Screenshot edits that need pixels or the background: each stores a new image first, then
 * records a pure edit pointing the step at it. The old image stays stored for undo (orphans.ts).
 */
import { images } from '../../shared/db';
import {
  coveringPixels,
  cropImage,
  type Fraction,
  nearestPixels,
  replaceImage,
  setMarker,
  swapImage,
  toViewportRect,
} from '../../shared/edit';
import { t } from '../../shared/i18n';
import { newId, type StoredImage } from '../../shared/model';
import { blackOut, crop, type Pixels } from './pixels';
import type { EditorStore } from './store';
import { type CapturableTab, captureTab } from './tabs';

async function sourceOf(store: EditorStore, stepId: string): Promise<StoredImage> {
  const imageId = store.state?.steps.find((s) => s.id === stepId)?.image?.imageId;
  const image = imageId ? await images.get(imageId) : undefined;
  if (!image) throw new Error(t('editorShotMissing'));
  return image;
}

async function store(procedureId: string, pixels: Pixels): Promise<string> {
  const id = newId();
  await images.put({ id, procedureId, blob: pixels.blob, width: pixels.width, height: pixels.height });
  return id;
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

export function blackOutRegion(editor: EditorStore, stepId: string, region: Fraction): Promise<boolean> {
  return run(editor, async () => {
    const source = await sourceOf(editor, stepId);
    const pixels = await blackOut(source.blob, source, [coveringPixels(region, source)]);
    const imageId = await store(source.procedureId, pixels);
    editor.edit((s) => swapImage(s, stepId, imageId));
  });
}

export function cropToRegion(editor: EditorStore, stepId: string, region: Fraction): Promise<boolean> {
  return run(editor, async () => {
    const source = await sourceOf(editor, stepId);
    const rect = nearestPixels(region, source);
    const imageId = await store(source.procedureId, await crop(source.blob, rect));
    editor.edit((s) => cropImage(s, stepId, imageId, rect, source));
  });
}

/** Moves the marker onto the region; a step without a viewport gets one from the image's size. */
export function moveMarkerTo(editor: EditorStore, stepId: string, region: Fraction): Promise<boolean> {
  return run(editor, async () => {
    const step = editor.state?.steps.find((s) => s.id === stepId);
    if (!step) return;
    let viewport = step.viewport;
    if (!viewport) {
      const source = await sourceOf(editor, stepId);
      viewport = { width: source.width, height: source.height, devicePixelRatio: 1 };
    }
    const rect = toViewportRect(region, viewport);
    editor.edit((s) => setMarker(s, stepId, { hidden: false, rect }, viewport));
  });
}

export function recapture(editor: EditorStore, stepId: string, tab: CapturableTab): Promise<boolean> {
  return run(editor, async () => {
    const shot = await captureTab(tab.id, editor.procedureId);
    const image = { imageId: shot.imageId, mode: 'manual' as const, capturedAt: Date.now() };
    editor.edit((s) => replaceImage(s, stepId, image, shot, globalThis.devicePixelRatio || 1));
  });
}
