/** Which screenshots an edit lets go of: only those no state left in the undo history shows. */
import { describe, expect, it } from 'vitest';
import { releasedImageIds } from '../../../src/editor/state/released';
import { createHistory, HISTORY_LIMIT, record, setNote, swapImage, undo } from '../../../src/shared/edit';
import { abc } from '../edit/fixtures';

describe('releasedImageIds', () => {
  it('keeps what undo can bring back, and releases the redo branch a new edit drops', () => {
    const start = createHistory(abc());
    const swapped = record(start, swapImage(start.present, 'a', 'black-a'));
    expect(releasedImageIds(start, swapped)).toEqual([]);
    const undone = undo(swapped);
    expect(releasedImageIds(swapped, undone)).toEqual([]);
    const edited = record(undone, setNote(undone.present, 'b', { kind: 'tip', text: 'Look' }));
    expect(releasedImageIds(undone, edited)).toEqual(['black-a']);
  });

  it('releases the original once the edit that replaced it falls off the end of the history', () => {
    let history = record(createHistory(abc()), swapImage(abc(), 'a', 'black-a'));
    for (let i = 0; i < HISTORY_LIMIT - 1; i++) {
      history = record(history, setNote(history.present, 'b', { kind: 'tip', text: `Note ${i}` }));
    }
    const next = record(history, setNote(history.present, 'b', { kind: 'tip', text: 'The last straw' }));
    expect(releasedImageIds(history, next)).toEqual(['img-a']);
  });

  it('releases a screenshot a typing group replaced only when nothing else shows it', () => {
    const start = createHistory(abc());
    const first = record(start, swapImage(start.present, 'a', 'black-1'), 'group');
    const second = record(first, swapImage(first.present, 'a', 'black-2'), 'group');
    expect(releasedImageIds(first, second)).toEqual(['black-1']);
  });
});
