/**
 * Reordering by drag and drop with the browser's own drag events. A step is dragged by its handle
 * and dropped on another step, before or after it depending on which half it lands on. The
 * keyboard route (Move up/down, Alt+arrows) does the same through the same edit.
 */

import { moveAndAnnounce } from '../state/step-actions';
import type { EditorStore } from '../state/store';

const MIME = 'application/x-handoff-step';

export function onHandleDragStart(event: DragEvent, stepId: string): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(MIME, stepId);
  event.dataTransfer.effectAllowed = 'move';
  const item = (event.currentTarget as Element).closest('li');
  if (item) event.dataTransfer.setDragImage(item, 16, 16);
}

function half(event: DragEvent): 'before' | 'after' {
  const r = (event.currentTarget as Element).getBoundingClientRect();
  return event.clientY < r.top + r.height / 2 ? 'before' : 'after';
}

export function onItemDragOver(event: DragEvent): void {
  if (!event.dataTransfer?.types.includes(MIME)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'move';
  // Drawn by CSS from the attribute; setting it directly avoids re-rendering the list on every move.
  (event.currentTarget as HTMLElement).dataset.drop = half(event);
}

export function onItemDragLeave(event: DragEvent): void {
  const item = event.currentTarget as HTMLElement;
  if (!item.contains(event.relatedTarget as Node | null)) delete item.dataset.drop;
}

/** Drops the dragged step before or after the step at `index`. */
export function onItemDrop(event: DragEvent, store: EditorStore, index: number): void {
  const item = event.currentTarget as HTMLElement;
  delete item.dataset.drop;
  const stepId = event.dataTransfer?.getData(MIME);
  if (!stepId) return;
  event.preventDefault();
  const from = store.state?.steps.findIndex((s) => s.id === stepId) ?? -1;
  if (from < 0) return;
  let to = half(event) === 'before' ? index : index + 1;
  // Indexes after the dragged step shift down by one once it is taken out of the list.
  if (from < to) to -= 1;
  moveAndAnnounce(store, stepId, to);
}
