/** Deleting a step says so, and says which decisions lost the step they led to (for screen readers). */
import { deleteStep, stepsLinkingTo } from '../../shared/edit';
import { t } from '../../shared/i18n';
import type { EditorStore } from './store';

/** Deletes the step numbered `number`; returns false when the edit could not be made. */
export function deleteAndAnnounce(editor: EditorStore, stepId: string, number: number): boolean {
  const before = editor.state;
  const linking = before ? stepsLinkingTo(before, stepId).map((n) => before.steps[n - 1]!.id) : [];
  if (!editor.edit((s) => deleteStep(s, stepId))) return false;
  // Numbers after the delete: steps below the deleted one moved up by one.
  const after = editor.state?.steps ?? [];
  const unlinked = linking.map((id) => t('decisionUnlinked', after.findIndex((s) => s.id === id) + 1));
  const deleted = t('editorStepDeleted', number);
  // "Step 3 deleted" has no full stop of its own; a sentence follows it here.
  editor.announce(unlinked.length ? `${deleted.replace(/\.?$/, '.')} ${unlinked.join(' ')}` : deleted);
  return true;
}
