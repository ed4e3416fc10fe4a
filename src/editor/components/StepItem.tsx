/**
 * One step in the list. Memoised: typing in one step re-renders that step only, which keeps a
 * thousand-step procedure responsive.
 */
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { type Fraction, setStepView } from '../../shared/edit';
import { chosenView } from '../../shared/focus';
import { t } from '../../shared/i18n';
import type { ScreenshotView, Step } from '../../shared/model';
import { coverRegion } from '../state/cover-actions';
import { deleteAndAnnounce } from '../state/decision-actions';
import { blackOutRegion, cropToRegion, moveMarkerTo } from '../state/image-actions';
import { moveAndAnnounce } from '../state/step-actions';
import { AnnotationLayer } from './AnnotationLayer';
import { AnnotationToolbar } from './AnnotationToolbar';
import { useAnnotationSelection } from './annotation-selection';
import { CoveragePanel, CoverOutlines } from './CoveredRegions';
import { useEditor } from './context';
import { DecisionFields } from './DecisionFields';
import { onHandleDragStart, onItemDragLeave, onItemDragOver, onItemDrop } from './drag';
import { type FocusKey, focusedKey, focusStepControl } from './focus';
import { InsertForm } from './InsertForm';
import { RecaptureForm } from './RecaptureForm';
import { PageLine } from './RecordedFields';
import { type RegionMode, RegionPicker } from './RegionPicker';
import { Screenshot } from './Screenshot';
import { InputField, NoteField, SectionField, SentenceField } from './StepFields';
import { type StepTool, StepTools } from './StepTools';

export interface StepItemProps {
  step: Step;
  index: number;
  isLast: boolean;
  /** The procedure's focused/full choice, which the step follows unless it has its own. */
  procedureView?: ScreenshotView | undefined;
}

const REGION_ACTIONS: Record<RegionMode, typeof blackOutRegion> = {
  blackout: blackOutRegion,
  crop: cropToRegion,
  marker: moveMarkerTo,
  cover: coverRegion,
};

function StepItemView({ step, index, isLast, procedureView }: StepItemProps) {
  const store = useEditor();
  const [open, setOpen] = useState(false);
  const [tool, setTool] = useState<StepTool>();
  const [showCovered, setShowCovered] = useState(true);
  const annotations = useAnnotationSelection();
  const n = index + 1;

  const move = (to: number, key: FocusKey) => {
    if (moveAndAnnounce(store, step.id, to)) focusStepControl(step.id, key, key === 'up' ? 'down' : 'up');
  };
  const remove = () => {
    if (!deleteAndAnnounce(store, step.id, n)) return;
    const steps = store.state?.steps ?? [];
    const neighbour = steps[Math.min(index, steps.length - 1)];
    if (neighbour) focusStepControl(neighbour.id, 'delete');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const key = focusedKey(event.currentTarget as Element) ?? 'sentence';
    move(event.key === 'ArrowUp' ? index - 1 : index + 1, key);
  };
  const applyRegion = async (mode: RegionMode, region: Fraction) => {
    if (!(await REGION_ACTIONS[mode](store, step.id, region))) return;
    setTool(undefined);
    if (mode === 'cover') store.announce(t('coverAdded', n));
  };

  const regionMode =
    tool === 'blackout' || tool === 'crop' || tool === 'marker' || tool === 'cover' ? tool : undefined;
  return (
    <li
      class="step"
      data-step-id={step.id}
      onKeyDown={onKeyDown}
      onDragOver={onItemDragOver}
      onDragLeave={onItemDragLeave}
      onDrop={(e) => onItemDrop(e, store, index)}
    >
      <SectionField step={step} number={n} />
      <div class="step-head">
        {/* Pointer-only shortcut; keyboard users have Move up/down and Alt+arrows. */}
        <span
          class="drag-handle"
          draggable
          aria-hidden="true"
          title={t('editorDragToReorder')}
          onDragStart={(e) => onHandleDragStart(e, step.id)}
        >
          ⠿
        </span>
        <span class="step-number">{t('editorStepNumber', n)}</span>
        <div class="row step-buttons">
          <button
            type="button"
            data-focus="up"
            aria-label={t('editorMoveUpLabel', n)}
            disabled={index === 0}
            onClick={() => move(index - 1, 'up')}
          >
            {t('editorMoveUp')}
          </button>
          <button
            type="button"
            data-focus="down"
            aria-label={t('editorMoveDownLabel', n)}
            disabled={isLast}
            onClick={() => move(index + 1, 'down')}
          >
            {t('editorMoveDown')}
          </button>
          <button
            type="button"
            data-focus="more"
            aria-expanded={open}
            aria-label={t('editorMoreLabel', n)}
            onClick={() => setOpen(!open)}
          >
            {t('editorMore')}
          </button>
          <button
            type="button"
            class="danger"
            data-focus="delete"
            aria-label={t('editorDeleteStepLabel', n)}
            onClick={remove}
          >
            {t('editorDelete')}
          </button>
        </div>
      </div>
      <SentenceField step={step} number={n} />
      <InputField step={step} number={n} />
      <NoteField step={step} number={n} />
      <DecisionFields step={step} number={n} />
      <PageLine step={step} />
      {regionMode ? (
        <RegionPicker
          mode={regionMode}
          step={step}
          index={index}
          onApply={(region) => void applyRegion(regionMode, region)}
          onCancel={() => setTool(undefined)}
        />
      ) : (
        <Screenshot
          step={step}
          index={index}
          view={chosenView(step, { view: procedureView })}
          onView={(view) => {
            if (store.edit((s) => setStepView(s, step.id, view)))
              store.announce(t(view === 'full' ? 'editorStepShowsFull' : 'editorStepShowsFocused', n));
          }}
          layers={(frame) => (
            <>
              {showCovered && <CoverOutlines step={step} frame={frame} />}
              <AnnotationLayer step={step} index={index} frame={frame} selection={annotations} />
            </>
          )}
        >
          <CoveragePanel step={step} index={index} shown={showCovered} onShown={setShowCovered} />
          <AnnotationToolbar step={step} index={index} selection={annotations} />
        </Screenshot>
      )}
      {step.problem && <p class="problem">{step.problem.message}</p>}
      {open && <StepTools step={step} index={index} isLast={isLast} onTool={setTool} />}
      {tool === 'recapture' && (
        <RecaptureForm stepId={step.id} number={n} onDone={() => setTool(undefined)} />
      )}
      {tool === 'insert' && <InsertForm index={index + 1} onDone={() => setTool(undefined)} />}
    </li>
  );
}

export const StepItem = memo(StepItemView);
