/** The less frequent step actions, shown when the person opens "More" on a step. */
import {
  mergeWithNext,
  setDecision,
  setInput,
  setMarkerHidden,
  setNote,
  setSection,
} from '../../shared/edit';
import { t, ui } from '../../shared/i18n';
import type { Step } from '../../shared/model';
import { useEditor } from './context';
import { NOTE_KINDS, NOTE_WORDS } from './NoteEditor';
import { RecordedFields } from './RecordedFields';
import type { RegionMode } from './RegionPicker';

export type StepTool = RegionMode | 'recapture' | 'insert';

export interface StepToolsProps {
  step: Step;
  index: number;
  isLast: boolean;
  onTool: (tool: StepTool) => void;
}

export function StepTools({ step, index, isLast, onTool }: StepToolsProps) {
  const store = useEditor();
  const n = index + 1;
  const canBeInput = step.type === 'type' && !step.secret && !step.input;
  const hasMarker = !!(step.marker?.rect ?? step.target?.rect) && !!step.viewport;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset
    <div class="step-tools" role="group" aria-label={t('editorMoreActions', n)}>
      <div class="row">
        {!isLast && (
          <button
            type="button"
            onClick={() => {
              if (store.edit((s) => mergeWithNext(s, step.id, ui)))
                store.announce(t('editorStepsMerged', n, n + 1));
            }}
          >
            {t('editorMerge', n)}
          </button>
        )}
        <button type="button" onClick={() => onTool('insert')}>
          {t('editorInsertAfter', n)}
        </button>
        {step.section === undefined && (
          <button type="button" onClick={() => store.edit((s) => setSection(s, step.id, ''))}>
            {t('editorAddSection', n)}
          </button>
        )}
        {!step.decision && (
          <button type="button" onClick={() => store.edit((s) => setDecision(s, step.id, true))}>
            {t('decisionAdd', n)}
          </button>
        )}
        {canBeInput && (
          <button
            type="button"
            onClick={() =>
              store.edit((s) => setInput(s, step.id, step.target.name.trim() || t('editorInputFallback')))
            }
          >
            {t('editorMarkInput', n)}
          </button>
        )}
      </div>
      {!step.note && (
        <div class="row">
          {NOTE_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={() => store.edit((s) => setNote(s, step.id, { kind, text: '' }))}
            >
              {t(NOTE_WORDS.add[kind], n)}
            </button>
          ))}
        </div>
      )}
      <div class="row">
        {step.image && (
          <>
            <button type="button" onClick={() => onTool('crop')}>
              {t('editorCrop', n)}
            </button>
            <button type="button" onClick={() => onTool('blackout')}>
              {t('editorBlackout', n)}
            </button>
            <button type="button" onClick={() => onTool('cover')}>
              {t('coverAdd', n)}
            </button>
            <button type="button" onClick={() => onTool('marker')}>
              {t('editorMoveMarker', n)}
            </button>
            {hasMarker && (
              <button
                type="button"
                onClick={() => store.edit((s) => setMarkerHidden(s, step.id, !step.marker?.hidden))}
              >
                {t(step.marker?.hidden ? 'editorShowMarker' : 'editorHideMarker', n)}
              </button>
            )}
          </>
        )}
        <button type="button" onClick={() => onTool('recapture')}>
          {t(step.image ? 'editorReplaceScreenshot' : 'editorAddScreenshot', n)}
        </button>
      </div>
      <RecordedFields step={step} number={n} />
    </div>
  );
}
