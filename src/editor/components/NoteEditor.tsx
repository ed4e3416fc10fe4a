/** A step's note, tip or warning: its kind, its text, and a way to remove it. */
import { setNote, setNoteKind } from '../../shared/edit';
import type { NoteKind, StepNote } from '../../shared/model';
import { useEditor } from './context';
import { TextField } from './TextField';

export const NOTE_WORDS: Record<NoteKind, string> = { note: 'Note', tip: 'Tip', warning: 'Warning' };

export function NoteEditor({ stepId, number, note }: { stepId: string; number: number; note: StepNote }) {
  const store = useEditor();
  return (
    <div class={`note note-${note.kind}`}>
      <label class="note-kind">
        <span class="visually-hidden">Kind of note on step {number}</span>
        <select
          value={note.kind}
          onChange={(e) => {
            const kind = (e.currentTarget as HTMLSelectElement).value as NoteKind;
            store.edit((s) => setNoteKind(s, stepId, kind));
          }}
        >
          {(Object.keys(NOTE_WORDS) as NoteKind[]).map((k) => (
            <option key={k} value={k}>
              {NOTE_WORDS[k]}
            </option>
          ))}
        </select>
      </label>
      <TextField
        class="note-text"
        label={`${NOTE_WORDS[note.kind]} on step ${number}`}
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
        aria-label={`Remove the ${NOTE_WORDS[note.kind].toLowerCase()} from step ${number}`}
        onClick={() => store.edit((s) => setNote(s, stepId, undefined))}
      >
        Remove
      </button>
    </div>
  );
}
