/** Headings and labels the HTML and Markdown exports share, as message keys. */
import type { MessageKey } from '../i18n/catalog';
import type { NoteKind, ProcedureIntro } from '../model';

export const NOTE_LABEL: Record<NoteKind, MessageKey> = {
  note: 'exportNote',
  tip: 'exportTip',
  warning: 'exportWarning',
};

/** The introduction's parts, in the order they are shown. */
export const INTRO_PARTS = [
  ['purpose', 'exportPurpose'],
  ['prerequisites', 'exportPrerequisites'],
  ['result', 'exportResult'],
] as const satisfies readonly (readonly [keyof ProcedureIntro, MessageKey])[];
