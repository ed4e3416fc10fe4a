/** Takes a new screenshot of an open tab for a step, replacing (or adding) its picture. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { recapture } from '../state/image-actions';
import type { CapturableTab } from '../state/tabs';
import { useEditor } from './context';
import { TabPicker } from './TabPicker';

export function RecaptureForm({
  stepId,
  number,
  onDone,
}: {
  stepId: string;
  number: number;
  onDone: () => void;
}) {
  const store = useEditor();
  const [tab, setTab] = useState<CapturableTab>();
  const [working, setWorking] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!tab) return;
    setWorking(true);
    const ok = await recapture(store, stepId, tab);
    setWorking(false);
    if (ok) onDone();
  };
  return (
    <form class="insert-form" onSubmit={submit} aria-label={t('editorNewScreenshotFor', number)}>
      <TabPicker label={t('editorPageToCapture')} value={tab} onChange={setTab} />
      <div class="row">
        <button type="submit" class="primary" disabled={working || !tab}>
          {working ? t('editorTakingScreenshot') : t('editorTakeScreenshot')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
