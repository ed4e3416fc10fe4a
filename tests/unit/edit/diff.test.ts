import { describe, expect, it } from 'vitest';
import {
  deleteStep,
  diffStates,
  insertManualStep,
  isEmptyDiff,
  moveStep,
  setIntro,
} from '../../../src/shared/edit';
import { abc } from './fixtures';

describe('diffStates', () => {
  it('writes only the moved step, and the procedure', () => {
    const before = abc();
    const after = moveStep(before, 'c', 0);
    const diff = diffStates(before, after);
    expect(diff.put.map((s) => s.id)).toEqual(['c']);
    expect(diff.remove).toEqual([]);
    expect(diff.procedure?.stepCount).toBe(3);
  });

  it('removes deleted steps and puts them back on undo', () => {
    const before = abc();
    const after = deleteStep(before, 'b');
    expect(diffStates(before, after)).toMatchObject({ put: [], remove: ['b'], procedure: { stepCount: 2 } });
    const back = diffStates(after, before);
    expect(back.put.map((s) => s.id)).toEqual(['b']);
    expect(back.remove).toEqual([]);
    expect(back.procedure?.stepCount).toBe(3);
  });

  it('writes the procedure alone for an introduction edit', () => {
    const before = abc();
    const diff = diffStates(before, setIntro(before, 'purpose', 'Pay'));
    expect(diff.put).toEqual([]);
    expect(diff.procedure?.intro.purpose).toBe('Pay');
  });

  it('is empty for the same state', () => {
    const s = abc();
    expect(isEmptyDiff(diffStates(s, s))).toBe(true);
  });

  it('puts an inserted step', () => {
    const before = abc();
    const diff = diffStates(before, insertManualStep(before, 1, { id: 'm', at: 1, text: 'Hi' }));
    expect(diff.put.map((s) => s.id)).toEqual(['m']);
    expect(diff.procedure?.searchText.split('\n')).toHaveLength(5);
  });
});
