/**
 * A step's decision: "Do step N only if …" and where to go otherwise (another step, or the next
 * one). Only steps that have a decision show this, so it may follow the whole list: it
 * re-renders with the store to keep the other steps' numbers and sentences current.
 */
import { setCondition, setDecision, setOtherwise } from '../../shared/edit';
import { t, ui } from '../../shared/i18n';
import type { Step } from '../../shared/model';
import { sentence, shorten } from '../../shared/text';
import { useStore } from '../../shared/ui/use-store';
import { useEditable, useEditor } from './context';
import { TextField } from './TextField';

/**
 * "Step N: sentence" for every step, built once per list of steps however many decisions show it
 * (every edit makes a new list, and each decision re-renders with it).
 */
const optionLabels = new WeakMap<readonly Step[], string[]>();

function labelsFor(steps: readonly Step[]): string[] {
  let labels = optionLabels.get(steps);
  if (!labels) {
    labels = steps.map((s, i) => t('decisionOption', i + 1, shorten(sentence(s, ui), 80)));
    optionLabels.set(steps, labels);
  }
  return labels;
}

export function DecisionFields({ step, number }: { step: Step; number: number }) {
  const store = useEditor();
  const editable = useEditable();
  const snapshot = useStore(store);
  const decision = step.decision;
  if (!decision) return null;
  const steps = (snapshot.history?.present ?? snapshot.preview)?.steps ?? [];
  const labels = labelsFor(steps);
  return (
    <fieldset class="decision">
      <legend class="visually-hidden">{t('decisionGroup', number)}</legend>
      <TextField
        class="decision-condition"
        label={t('decisionCondition', number)}
        placeholder={t('decisionConditionPlaceholder')}
        value={decision.condition}
        group={`decision:${step.id}`}
        edit={(s, v) => setCondition(s, step.id, v)}
        autoFocus={!decision.condition}
      />
      <div class="row">
        <label class="field">
          <span class="field-label">{t('decisionOtherwise', number)}</span>
          <select
            value={decision.otherwise ?? ''}
            disabled={!editable}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              store.edit((s) => setOtherwise(s, step.id, value || undefined));
            }}
          >
            <option value="">{t('decisionSkip')}</option>
            {steps.map((other, i) =>
              other.id === step.id ? null : (
                <option key={other.id} value={other.id}>
                  {labels[i]}
                </option>
              ),
            )}
          </select>
        </label>
        <button
          type="button"
          aria-label={t('decisionRemove', number)}
          onClick={() => store.edit((s) => setDecision(s, step.id, false))}
        >
          {t('editorRemove')}
        </button>
      </div>
    </fieldset>
  );
}
