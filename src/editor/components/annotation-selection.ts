/**
 * Which annotation of a step is selected, shared by the layer over the picture and the toolbar
 * under it; and the part of the picture shown, which the layer knows and new annotations need.
 */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Rect } from '../../shared/model';

export interface AnnotationSelection {
  index: number | undefined;
  select: (index: number | undefined) => void;
  /** The part of the screenshot shown (focused crop or whole), CSS px; set by the layer. */
  frame: RefObject<Rect | undefined>;
}

export function useAnnotationSelection(): AnnotationSelection {
  const [index, select] = useState<number>();
  const frame = useRef<Rect | undefined>(undefined);
  return { index, select, frame };
}

/** CSS selector of one annotation's element on the page. */
export const annotationSelector = (stepId: string, index: number) =>
  `[data-annotation="${CSS.escape(stepId)}:${index}"]`;

export const hintId = (stepId: string) => `annot-hint-${stepId}`;
