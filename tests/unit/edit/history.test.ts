import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  closeGroup,
  createHistory,
  deleteStep,
  HISTORY_LIMIT,
  record,
  redo,
  setSentence,
  setTitle,
  undo,
} from '../../../src/shared/edit';
import { abc } from './fixtures';

describe('history', () => {
  it('undoes and redoes a sequence of different edits in order', () => {
    const s0 = abc();
    const s1 = deleteStep(s0, 'a');
    const s2 = setTitle(s1, 'Other');
    let h = record(record(createHistory(s0), s1), s2);
    h = undo(h);
    expect(h.present).toBe(s1);
    h = undo(h);
    expect(h.present).toBe(s0);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe(s2);
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });

  it('makes one undo step of typing in one box, until the box is left', () => {
    const s0 = abc();
    let h = createHistory(s0);
    let s = s0;
    for (const text of ['P', 'Pr', 'Pre', 'Press']) {
      s = setSentence(s, 'a', text);
      h = record(h, s, 'sentence:a');
    }
    expect(h.past).toHaveLength(1);
    h = closeGroup(h);
    const later = setSentence(s, 'a', 'Press it');
    h = record(h, later, 'sentence:a');
    expect(h.past).toHaveLength(2);
    expect(undo(h).present.steps[0]!.customText).toBe('Press');
    expect(undo(undo(h)).present).toBe(s0);
  });

  it('starts a new undo step when typing moves to another box', () => {
    const s0 = abc();
    const s1 = setSentence(s0, 'a', 'One');
    const s2 = setSentence(s1, 'b', 'Two');
    const h = record(record(createHistory(s0), s1, 'sentence:a'), s2, 'sentence:b');
    expect(undo(h).present).toBe(s1);
  });

  it('a new edit after undo drops the redo branch', () => {
    const s0 = abc();
    const s1 = deleteStep(s0, 'a');
    const h = undo(record(createHistory(s0), s1));
    const s2 = setTitle(s0, 'Branch');
    const h2 = record(h, s2);
    expect(canRedo(h2)).toBe(false);
    expect(undo(h2).present).toBe(s0);
  });

  it('records nothing for an edit that changes nothing', () => {
    const h = createHistory(abc());
    expect(record(h, h.present)).toBe(h);
  });

  it('keeps a bounded number of undo steps', () => {
    let h = createHistory(abc());
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) h = record(h, setTitle(h.present, `Title ${i}`));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
