/** How the History panel names a version: why it was saved and when, in the browser's language. */
import type { VersionReason } from '../../shared/db';
import { type MessageKey, t, ui } from '../../shared/i18n';

const REASONS: Record<VersionReason, MessageKey> = {
  recording: 'historyReasonRecording',
  import: 'historyReasonImport',
  edits: 'historyReasonEdits',
  restore: 'historyReasonRestore',
};

// Seconds included: two versions saved in one minute must still have different names.
const when = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeStyle: 'medium' });

export const reasonWords = (reason: VersionReason) => t(REASONS[reason]);
export const timeWords = (at: number) => when.format(at);
