/** Step edits that say what they did (for screen readers) or talk to the background. */
import { insertManualStep, moveStep } from '../../shared/edit';
import { t } from '../../shared/i18n';
import { newId } from '../../shared/model';
import type { EditorStore } from './store';
import { type CapturableTab, captureTab } from './tabs';

/** Moves a step and announces its new place: "Step 3 moved to position 2". */
export function moveAndAnnounce(editor: EditorStore, stepId: string, toIndex: number): boolean {
  const steps = editor.state?.steps ?? [];
  const from = steps.findIndex((s) => s.id === stepId);
  const to = Math.max(0, Math.min(toIndex, steps.length - 1));
  if (from < 0 || from === to) return false;
  if (!editor.edit((s) => moveStep(s, stepId, to))) return false;
  editor.announce(t('editorStepMoved', from + 1, to + 1));
  return true;
}

/**
 * Inserts a step written by hand so that it becomes step `index + 1`, with a fresh screenshot of
 * `tab` when one is chosen. Returns the new step's id.
 */
export async function insertStep(
  editor: EditorStore,
  index: number,
  text: string,
  tab?: CapturableTab,
): Promise<string | undefined> {
  try {
    const id = newId();
    const now = Date.now();
    if (!tab) {
      editor.edit((s) => insertManualStep(s, index, { id, at: now, text }));
    } else {
      const shot = await captureTab(tab.id, editor.procedureId);
      const ratio = globalThis.devicePixelRatio || 1;
      editor.edit((s) =>
        insertManualStep(s, index, {
          id,
          at: now,
          text,
          url: tab.url,
          pageTitle: tab.title,
          image: { imageId: shot.imageId, mode: 'manual', capturedAt: now },
          viewport: { width: shot.width / ratio, height: shot.height / ratio, devicePixelRatio: ratio },
        }),
      );
    }
    editor.announce(`Step ${index + 1} added`);
    return id;
  } catch (error) {
    editor.fail(error);
    return undefined;
  }
}
