/** Writes a new step by hand at a chosen place, optionally with a fresh screenshot of an open tab. */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { useFocusOnMount } from '../../shared/ui/use-focus-on-mount';
import { insertStep } from '../state/step-actions';
import type { CapturableTab } from '../state/tabs';
import { useEditor } from './context';
import { focusStepControl } from './focus';
import { TabPicker } from './TabPicker';

export interface InsertFormProps {
  /** The new step becomes step index + 1. */
  index: number;
  onDone: () => void;
}

export function InsertForm({ index, onDone }: InsertFormProps) {
  const store = useEditor();
  const [text, setText] = useState('');
  const [tab, setTab] = useState<CapturableTab>();
  const [working, setWorking] = useState(false);
  const textBox = useRef<HTMLInputElement>(null);
  useFocusOnMount(textBox);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    setWorking(true);
    const id = await insertStep(store, index, text.trim(), tab);
    setWorking(false);
    if (id) {
      onDone();
      focusStepControl(id, 'sentence');
    }
  };
  return (
    <form class="insert-form" onSubmit={submit} aria-label={t('editorNewStep', index + 1)}>
      <label class="field">
        <span class="field-label">{t('editorNewStepText')}</span>
        <input
          type="text"
          value={text}
          required
          ref={textBox}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <TabPicker label={t('editorScreenshot')} optional value={tab} onChange={setTab} />
      <div class="row">
        <button type="submit" class="primary" disabled={working || !text.trim()}>
          {working ? t('editorAdding') : t('editorAddStep')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
