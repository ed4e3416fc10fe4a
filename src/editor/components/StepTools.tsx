/** The less frequent step actions, shown when the person opens "More" on a step. */
import { mergeWithNext, setInput, setMarkerHidden, setNote, setSection } from '../../shared/edit';
import type { NoteKind, Step } from '../../shared/model';
import { useEditor } from './context';
import { NOTE_WORDS } from './NoteEditor';
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
    <div class="step-tools" role="group" aria-label={`More actions for step ${n}`}>
      <div class="row">
        {!isLast && (
          <button
            type="button"
            onClick={() => {
              if (store.edit((s) => mergeWithNext(s, step.id)))
                store.announce(`Steps ${n} and ${n + 1} merged`);
            }}
          >
            Merge step {n} with the next
          </button>
        )}
        <button type="button" onClick={() => onTool('insert')}>
          Insert a step after step {n}
        </button>
        {step.section === undefined && (
          <button type="button" onClick={() => store.edit((s) => setSection(s, step.id, ''))}>
            Add a section heading before step {n}
          </button>
        )}
        {canBeInput && (
          <button
            type="button"
            onClick={() => store.edit((s) => setInput(s, step.id, step.target.name.trim() || 'Value'))}
          >
            Mark the value typed in step {n} as an input
          </button>
        )}
      </div>
      {!step.note && (
        <div class="row">
          {(Object.keys(NOTE_WORDS) as NoteKind[]).map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={() => store.edit((s) => setNote(s, step.id, { kind, text: '' }))}
            >
              Add a {NOTE_WORDS[kind].toLowerCase()} to step {n}
            </button>
          ))}
        </div>
      )}
      <div class="row">
        {step.image && (
          <>
            <button type="button" onClick={() => onTool('crop')}>
              Crop the screenshot of step {n}
            </button>
            <button type="button" onClick={() => onTool('blackout')}>
              Black out part of the screenshot of step {n}
            </button>
            <button type="button" onClick={() => onTool('marker')}>
              Move the marker on step {n}
            </button>
            {hasMarker && (
              <button
                type="button"
                onClick={() => store.edit((s) => setMarkerHidden(s, step.id, !step.marker?.hidden))}
              >
                {step.marker?.hidden ? 'Show' : 'Hide'} the marker on step {n}
              </button>
            )}
          </>
        )}
        <button type="button" onClick={() => onTool('recapture')}>
          {step.image ? 'Replace the screenshot of step' : 'Add a screenshot to step'} {n}
        </button>
      </div>
      <RecordedFields step={step} number={n} />
    </div>
  );
}
