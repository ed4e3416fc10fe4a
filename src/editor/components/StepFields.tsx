/** The words of a step: its section heading, sentence, input label and note. */
import { setInput, setSection, setSentence, settleSentence } from '../../shared/edit';
import { t, ui } from '../../shared/i18n';
import type { Step } from '../../shared/model';
import { generatedSentence } from '../../shared/text';
import { useEditor } from './context';
import { NoteEditor } from './NoteEditor';
import { TextField } from './TextField';

export function SectionField({ step, number }: { step: Step; number: number }) {
  const store = useEditor();
  if (step.section === undefined) return null;
  return (
    <div class="section-head">
      <TextField
        class="section-text"
        label={t('editorSectionBefore', number)}
        value={step.section}
        group={`section:${step.id}`}
        edit={(s, v) => setSection(s, step.id, v)}
        // An empty heading is a heading nobody wanted: leaving the box removes it.
        settle={(s) => {
          const current = s.steps.find((x) => x.id === step.id)?.section;
          return current !== undefined && !current.trim() ? setSection(s, step.id, undefined) : s;
        }}
        autoFocus={!step.section}
      />
      <button
        type="button"
        aria-label={t('editorRemoveSectionBefore', number)}
        onClick={() => store.edit((s) => setSection(s, step.id, undefined))}
      >
        {t('editorRemoveHeading')}
      </button>
    </div>
  );
}

export function SentenceField({ step, number }: { step: Step; number: number }) {
  // A manual step's sentence is its text (or, for the screenshot shortcut's step, "Look at …").
  const value =
    step.type === 'manual' ? generatedSentence(step, ui) : (step.customText ?? generatedSentence(step, ui));
  return (
    <TextField
      class="sentence"
      label={t('editorSentenceLabel', number)}
      hideLabel
      multiline
      value={value}
      group={`sentence:${step.id}`}
      focusKey="sentence"
      edit={(s, v) => setSentence(s, step.id, v)}
      settle={(s) => settleSentence(s, step.id)}
    />
  );
}

export function InputField({ step, number }: { step: Step; number: number }) {
  const store = useEditor();
  if (step.type !== 'type' || !step.input) return null;
  const fallback = step.target.name.trim() || t('editorInputFallback');
  return (
    <div class="input-label row">
      <TextField
        label={t('editorInputName', number)}
        value={step.input.label}
        group={`input:${step.id}`}
        edit={(s, v) => setInput(s, step.id, v)}
        // A nameless input would read "Type the  into …": fall back to the field's name.
        settle={(s) => {
          const current = s.steps.find((x) => x.id === step.id);
          return current?.type === 'type' && current.input && !current.input.label.trim()
            ? setInput(s, step.id, fallback)
            : s;
        }}
      />
      <button
        type="button"
        aria-label={t('editorUnmarkInput', number)}
        onClick={() => store.edit((s) => setInput(s, step.id, undefined))}
      >
        {t('editorNotInput')}
      </button>
    </div>
  );
}

export function NoteField({ step, number }: { step: Step; number: number }) {
  return step.note ? <NoteEditor stepId={step.id} number={number} note={step.note} /> : null;
}
