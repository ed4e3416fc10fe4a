/**
 * Under a step's screenshot: "Annotate" opens buttons that add an arrow, a box, a callout or a
 * numbered badge, and the selected annotation's colour, text or number and its Delete button.
 * The keys that move and resize annotations are said in a hint the annotations point to.
 */
import { useState } from 'preact/hooks';
import { setAnnotationColour, setBadgeNumber, setCalloutText } from '../../shared/edit';
import { type MessageKey, t } from '../../shared/i18n';
import type { Annotation, AnnotationColour, AnnotationKind, Step } from '../../shared/model';
import { MAX_BADGE, MAX_CALLOUT_TEXT } from '../../shared/schema/annotation';
import { ANNOTATION_COLOURS, ANNOTATION_KINDS } from '../../shared/schema/enums';
import {
  addAnnotationTo,
  annotationName,
  focusWhenShown,
  removeAnnotation,
} from '../state/annotation-actions';
import { type AnnotationSelection, annotationSelector, hintId } from './annotation-selection';
import { useEditable, useEditor } from './context';
import { TextField } from './TextField';

const ADD: Record<AnnotationKind, { text: MessageKey; label: MessageKey }> = {
  arrow: { text: 'annotAdd_arrow', label: 'annotAddLabel_arrow' },
  rect: { text: 'annotAdd_rect', label: 'annotAddLabel_rect' },
  callout: { text: 'annotAdd_callout', label: 'annotAddLabel_callout' },
  badge: { text: 'annotAdd_badge', label: 'annotAddLabel_badge' },
};

const COLOUR_WORDS: Record<AnnotationColour, MessageKey> = {
  red: 'annotColour_red',
  orange: 'annotColour_orange',
  green: 'annotColour_green',
  blue: 'annotColour_blue',
  purple: 'annotColour_purple',
  black: 'annotColour_black',
};

export interface AnnotationToolbarProps {
  step: Step;
  index: number;
  selection: AnnotationSelection;
}

export function AnnotationToolbar({ step, index, selection }: AnnotationToolbarProps) {
  const store = useEditor();
  const editable = useEditable();
  const [open, setOpen] = useState(false);
  if (!step.image) return null;
  const n = index + 1;
  const list = step.annotations ?? [];
  const at = selection.index;
  const selected = at !== undefined ? list[at] : undefined;
  const expanded = open || selected !== undefined;

  const add = (kind: AnnotationKind) => {
    const i = addAnnotationTo(store, step, n, kind, selection.frame.current);
    if (i === undefined) return;
    selection.select(i);
    // A new callout's words come first; anything else is moved next, with the arrow keys.
    if (kind === 'callout') focusWhenShown(`[data-focus="${CSS.escape(`annot-text-${step.id}`)}"]`);
    else focusWhenShown(annotationSelector(step.id, i));
  };

  return (
    <div class="annot-tools">
      <button
        type="button"
        aria-expanded={expanded}
        aria-label={t('annotAnnotateLabel', n)}
        data-annotation-add={step.id}
        disabled={!editable}
        onClick={() => {
          setOpen(!expanded);
          if (expanded) selection.select(undefined);
        }}
      >
        {t('annotAnnotate')}
      </button>
      {/* The annotations point to it (aria-describedby); a step without any needs none. */}
      {(expanded || list.length > 0) && (
        <p id={hintId(step.id)} class={expanded ? 'annot-hint' : 'visually-hidden'}>
          {t('annotHint')}
        </p>
      )}
      {expanded && (
        // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset
        <div class="row" role="group" aria-label={t('annotToolbarLabel', n)}>
          {ANNOTATION_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-label={t(ADD[kind].label, n)}
              disabled={!editable}
              onClick={() => add(kind)}
            >
              {t(ADD[kind].text)}
            </button>
          ))}
        </div>
      )}
      {selected && at !== undefined && (
        <SelectedAnnotation step={step} number={n} at={at} annotation={selected} selection={selection} />
      )}
    </div>
  );
}

interface SelectedProps {
  step: Step;
  number: number;
  at: number;
  annotation: Annotation;
  selection: AnnotationSelection;
}

function SelectedAnnotation({ step, number, at, annotation, selection }: SelectedProps) {
  const store = useEditor();
  const editable = useEditable();
  const name = annotationName(annotation);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of controls for one annotation, not a form
    <div class="annot-selected-panel" role="group" aria-label={t('annotSelected', name)}>
      <label class="field">
        <span class="field-label">{t('annotColour')}</span>
        <select
          value={annotation.colour}
          disabled={!editable}
          onChange={(e) => {
            const colour = (e.currentTarget as HTMLSelectElement).value as AnnotationColour;
            store.edit((s) => setAnnotationColour(s, step.id, at, colour));
          }}
        >
          {ANNOTATION_COLOURS.map((c) => (
            <option key={c} value={c}>
              {t(COLOUR_WORDS[c])}
            </option>
          ))}
        </select>
      </label>
      {annotation.kind === 'callout' && <CalloutText step={step} at={at} text={annotation.text} />}
      {annotation.kind === 'badge' && (
        <label class="field">
          <span class="field-label">{t('annotBadgeNumber')}</span>
          <input
            type="number"
            min={1}
            max={MAX_BADGE}
            value={annotation.number}
            readOnly={!editable}
            onChange={(e) => {
              const value = Number((e.currentTarget as HTMLInputElement).value);
              store.edit((s) => setBadgeNumber(s, step.id, at, value));
            }}
          />
        </label>
      )}
      <button
        type="button"
        class="danger"
        disabled={!editable}
        onClick={() => {
          if (!removeAnnotation(store, step, number, at)) return;
          selection.select(undefined);
          focusWhenShown(`[data-annotation-add="${CSS.escape(step.id)}"]`);
        }}
      >
        {t('annotDelete')}
      </button>
    </div>
  );
}

function CalloutText({ step, at, text }: { step: Step; at: number; text: string }) {
  return (
    <TextField
      label={t('annotCalloutText')}
      value={text}
      group={`annot-text:${step.id}:${at}`}
      edit={(s, value) => setCalloutText(s, step.id, at, value.slice(0, MAX_CALLOUT_TEXT))}
      focusKey={`annot-text-${step.id}`}
    />
  );
}
