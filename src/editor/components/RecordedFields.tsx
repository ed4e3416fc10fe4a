/**
 * What the recorder captured that the reader may not see, under "More" on a step: the page's
 * address (stored without query values; the person may write it as they want it read), and a
 * typed value hidden behind the person's sentence or an input, which exports leave out unless kept.
 */
import { clearRecordedValue, setKeepValue, setPageUrl, valueHidden } from '../../shared/edit';
import { t } from '../../shared/i18n';
import type { Step } from '../../shared/model';
import { useEditor } from './context';
import { TextField } from './TextField';

export function RecordedFields({ step, number }: { step: Step; number: number }) {
  const store = useEditor();
  const hasValue = step.type === 'type' && step.value !== undefined;
  return (
    <div class="recorded">
      {step.type !== 'manual' && (
        <TextField
          class="page-url"
          label={t('editorPageAddress', number)}
          value={step.url}
          group={`url:${step.id}`}
          edit={(s, v) => setPageUrl(s, step.id, v)}
        />
      )}
      {hasValue && valueHidden(step) && (
        <label class="keep-value">
          <input
            type="checkbox"
            checked={step.type === 'type' && step.keepValue === true}
            onChange={(e) => store.edit((s) => setKeepValue(s, step.id, e.currentTarget.checked))}
          />{' '}
          {t('editorKeepValue', number)}
        </label>
      )}
      {hasValue && (
        <button
          type="button"
          onClick={() => {
            if (store.edit((s) => clearRecordedValue(s, step.id)))
              store.announce(t('editorValueCleared', number));
          }}
        >
          {t('editorClearValue', number)}
        </button>
      )}
    </div>
  );
}

/** The page a step happened on, as exports write it under the step; edited under "More". */
export function PageLine({ step }: { step: Step }) {
  if (step.type === 'manual' || !step.url) return null;
  return (
    <p class="step-page">
      {t('exportPage')} {step.pageTitle.trim() ? `${step.pageTitle.trim()} · ` : ''}
      <span class="url">{step.url}</span>
    </p>
  );
}
