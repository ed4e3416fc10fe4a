/**
 * The annotations over a step's screenshot, drawn from the same SVG tree as the HTML export
 * (shared/annotations/nodes.ts), each one a focusable control: Tab or a click selects it, the
 * arrow keys move it (Shift: 10 px), Alt and the arrow keys resize a box or move an arrow's tip,
 * Delete or Backspace removes it, and a mouse drag moves it. A run of key presses on one
 * annotation is one undo step; a drag is one.
 */
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { boundsOf } from '../../shared/annotations/layout';
import { annotationNodes } from '../../shared/annotations/nodes';
import { moveAnnotation, resizeAnnotationBy } from '../../shared/edit';
import { t } from '../../shared/i18n';
import type { Annotation, Rect, Step } from '../../shared/model';
import { annotationName, focusWhenShown, removeAnnotation } from '../state/annotation-actions';
import { type AnnotationSelection, annotationSelector, hintId } from './annotation-selection';
import { useEditable, useEditor } from './context';
import './annotations.css';

const KEY_MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};
/** Shift with an arrow key moves this many CSS px at a time. */
const BIG_STEP = 10;

interface Drag {
  index: number;
  startX: number;
  startY: number;
  /** CSS px of the screenshot per screen px, along each axis. */
  kx: number;
  ky: number;
  dx: number;
  dy: number;
}

export interface AnnotationLayerProps {
  step: Step;
  index: number;
  /** The part of the screenshot shown, CSS px (focused crop or whole). */
  frame: Rect;
  selection: AnnotationSelection;
}

export function AnnotationLayer({ step, index, frame, selection }: AnnotationLayerProps) {
  const store = useEditor();
  const editable = useEditable();
  const [drag, setDrag] = useState<Drag>();
  selection.frame.current = frame;
  const list = step.annotations ?? [];
  if (list.length === 0) return null;
  const n = index + 1;

  const onKeyDown = (event: KeyboardEvent, i: number) => {
    if (!editable) return;
    const move = KEY_MOVES[event.key];
    if (move && !event.ctrlKey && !event.metaKey) {
      // Handled here: the step's own Alt+arrow shortcut (move the step) must not fire as well.
      event.preventDefault();
      event.stopPropagation();
      const k = event.shiftKey ? BIG_STEP : 1;
      const [dx, dy] = [move[0] * k, move[1] * k];
      if (event.altKey) {
        store.edit((s) => resizeAnnotationBy(s, step.id, i, dx, dy), { group: `annot-size:${step.id}:${i}` });
      } else {
        store.edit((s) => moveAnnotation(s, step.id, i, dx, dy), { group: `annot-move:${step.id}:${i}` });
      }
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      event.stopPropagation();
      if (!removeAnnotation(store, step, n, i)) return;
      const left = list.length - 1;
      if (left > 0) {
        const next = Math.min(i, left - 1);
        selection.select(next);
        focusWhenShown(annotationSelector(step.id, next));
      } else {
        selection.select(undefined);
        focusWhenShown(`[data-annotation-add="${CSS.escape(step.id)}"]`);
      }
      return;
    }
    if (event.key === 'Escape') selection.select(undefined);
  };

  const onPointerDown = (event: PointerEvent, i: number) => {
    if (!editable || event.button !== 0) return;
    const g = event.currentTarget as SVGGElement;
    const box = g.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width <= 0 || box.height <= 0) return;
    event.preventDefault();
    g.focus();
    selection.select(i);
    g.setPointerCapture(event.pointerId);
    setDrag({
      index: i,
      startX: event.clientX,
      startY: event.clientY,
      kx: frame.width / box.width,
      ky: frame.height / box.height,
      dx: 0,
      dy: 0,
    });
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag) return;
    setDrag({
      ...drag,
      dx: Math.round((event.clientX - drag.startX) * drag.kx),
      dy: Math.round((event.clientY - drag.startY) * drag.ky),
    });
  };
  const onPointerUp = () => {
    if (!drag) return;
    const { index: i, dx, dy } = drag;
    setDrag(undefined);
    if (dx !== 0 || dy !== 0) store.edit((s) => moveAnnotation(s, step.id, i, dx, dy));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing that groups its annotations; a fieldset cannot hold SVG
    <svg
      class="annot-layer"
      viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
      preserveAspectRatio="none"
      role="group"
      aria-label={t('annotLayerLabel', n)}
    >
      {list.map((a, i) => (
        <AnnotationItem
          // biome-ignore lint/suspicious/noArrayIndexKey: annotations have no id; their place is their name, and an element kept at its place keeps focus across moves
          key={i}
          annotation={a}
          label={t('annotItemLabel', annotationName(a), i + 1, list.length, n)}
          stepId={step.id}
          i={i}
          selected={selection.index === i}
          offset={drag?.index === i ? drag : undefined}
          onFocus={() => selection.select(i)}
          onBlur={() => void store.endTyping()}
          onKeyDown={(e) => onKeyDown(e, i)}
          onPointerDown={(e) => onPointerDown(e, i)}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(undefined)}
        />
      ))}
    </svg>
  );
}

interface ItemProps {
  annotation: Annotation;
  label: string;
  stepId: string;
  i: number;
  selected: boolean;
  offset: { dx: number; dy: number } | undefined;
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onPointerDown: (event: PointerEvent) => void;
  onPointerMove: (event: PointerEvent) => void;
  onPointerUp: () => void;
  onPointerCancel: () => void;
}

function AnnotationItem({ annotation, label, stepId, i, selected, offset, ...handlers }: ItemProps) {
  const b = boundsOf(annotation);
  const pad = 4;
  const around = { x: b.x - pad, y: b.y - pad, width: b.width + 2 * pad, height: b.height + 2 * pad };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is drawn and dragged
    <g
      class={selected ? 'annot-item annot-selected' : 'annot-item'}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-describedby={hintId(stepId)}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Delete"
      data-annotation={`${stepId}:${i}`}
      transform={offset ? `translate(${offset.dx} ${offset.dy})` : undefined}
      {...handlers}
    >
      {/* A hit area as large as the annotation's box: a thin arrow is otherwise hard to grab. */}
      <rect class="annot-hit" {...around} />
      {annotationNodes(annotation).map((node, k) => h(node.tag, { key: k, ...node.attrs }, node.text))}
      <rect class="annot-ring" {...around} rx={4} />
    </g>
  );
}
