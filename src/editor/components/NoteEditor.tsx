/** A step's note, tip or warning: its kind, its text, and a way to remove it. */
import { setNote, setNoteKind } from '../../shared/edit';
import { type MessageKey, t } from '../../shared/i18n';
import type { NoteKind, StepNote } from '../../shared/model';
import { useEditor } from './context';
import { TextField } from './TextField';

export const NOTE_KINDS: NoteKind[] = ['note', 'tip', 'warning'];
/** Per kind, since languages inflect the noun (German: der Hinweis, die Warnung). */
export const NOTE_WORDS = {
  name: { note: 'editorNoteKind_note', tip: 'editorNoteKind_tip', warning: 'editorNoteKind_warning' },
  on: { note: 'editorNoteOn_note', tip: 'editorNoteOn_tip', warning: 'editorNoteOn_warning' },
  remove: { note: 'editorRemoveNote_note', tip: 'editorRemoveNote_tip', warning: 'editorRemoveNote_warning' },
  add: { note: 'editorAddNote_note', tip: 'editorAddNote_tip', warning: 'editorAddNote_warning' },
} as const satisfies Record<string, Record<NoteKind, MessageKey>>;

export function NoteEditor({ stepId, number, note }: { stepId: string; number: number; note: StepNote }) {
  const store = useEditor();
  return (
    <div class={`note note-${note.kind}`}>
      <label class="note-kind">
        <span class="visually-hidden">{t('editorNoteKindOf', number)}</span>
        <select
          value={note.kind}
          onChange={(e) => {
            const kind = (e.currentTarget as HTMLSelectElement).value as NoteKind;
            store.edit((s) => setNoteKind(s, stepId, kind));
          }}
        >
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(NOTE_WORDS.name[k])}
            </option>
          ))}
        </select>
      </label>
      <TextField
        class="note-text"
        label={t(NOTE_WORDS.on[note.kind], number)}
        hideLabel
        multiline
        value={note.text}
        group={`note:${stepId}`}
        edit={(s, text) => setNote(s, stepId, { kind: note.kind, text })}
        // A note left empty was added by mistake or abandoned: leaving the box removes it.
        settle={(s) =>
          s.steps.find((x) => x.id === stepId)?.note?.text.trim() ? s : setNote(s, stepId, undefined)
        }
        autoFocus={!note.text}
      />
      <button
        type="button"
        aria-label={t(NOTE_WORDS.remove[note.kind], number)}
        onClick={() => store.edit((s) => setNote(s, stepId, undefined))}
      >
        {t('editorRemove')}
      </button>
    </div>
  );
}
