import { describe, expect, it } from 'vitest';
import {
  addCoverage,
  applyCoverage,
  type CoveredRegion,
  type CoverLedger,
  coveredOf,
  createHistory,
  cropImage,
  type EditState,
  ledgerAfterCover,
  ledgerAfterRebuild,
  record,
  removal,
  removeCoverage,
  undo,
} from '../../../src/shared/edit';
import { abc, stateOf, typed } from './fixtures';
import { expectUndoable } from './history-check';

const email: CoveredRegion = { kind: 'email', rect: { x: 10, y: 10, width: 100, height: 20 } };
const mine: CoveredRegion = { kind: 'person', rect: { x: 200, y: 40, width: 60, height: 30 } };
const other: CoveredRegion = { kind: 'person', rect: { x: 300, y: 80, width: 40, height: 40 } };

/** Step `a` as captured with an email filled by the recorder. */
function captured(): EditState {
  const s = abc();
  const a = s.steps[0]!;
  return stateOf([{ ...a, image: { ...a.image!, covered: [email] } }, ...s.steps.slice(1)]);
}

/** The undo history's images, as the editor answers for them. */
const kept = (ids: string[]) => (id: string) => ids.includes(id);

const imageOf = (s: EditState, id: string) => s.steps.find((x) => x.id === id)!.image!;

describe('adding coverage', () => {
  it('points the step at the covered copy and lists the region, undoably', () => {
    const before = captured();
    const after = expectUndoable(before, (s) =>
      addCoverage(s, { stepId: 'a', imageId: 'img-a-2', region: mine }),
    );
    expect(imageOf(after, 'a')).toMatchObject({ imageId: 'img-a-2', covered: [email, mine] });
    // Other steps are the very same objects: only step a is written.
    expect(after.steps[1]).toBe(before.steps[1]);
  });

  it('refuses a step without a screenshot', () => {
    const s = stateOf([{ ...typed('t', 1, 'x'), image: undefined }]);
    expect(() => addCoverage(s, { stepId: 't', imageId: 'i', region: mine })).toThrow(/no screenshot/);
  });
});

describe('removing coverage', () => {
  it('is possible while the image it was burned onto is kept, and shows that image again', () => {
    const before = captured();
    const ledger = ledgerAfterCover(new Map(), 'img-a', 'img-a-2', mine);
    const covered = addCoverage(before, { stepId: 'a', imageId: 'img-a-2', region: mine });
    const plan = removal(ledger, covered.steps[0]!, 1, kept(['img-a', 'img-a-2']));
    expect(plan).toEqual({ removable: true, base: 'img-a', rest: [] });

    const removed = expectUndoable(covered, (s) => removeCoverage(s, 'a', 1, 'img-a'));
    expect(imageOf(removed, 'a')).toEqual(imageOf(before, 'a'));
  });

  it('re-burns the rest of the session’s coverage when one of several is taken off', () => {
    let ledger: CoverLedger = ledgerAfterCover(new Map(), 'img-a', 'img-a-2', mine);
    ledger = ledgerAfterCover(ledger, 'img-a-2', 'img-a-3', other);
    let s = addCoverage(captured(), { stepId: 'a', imageId: 'img-a-2', region: mine });
    s = addCoverage(s, { stepId: 'a', imageId: 'img-a-3', region: other });
    const plan = removal(ledger, s.steps[0]!, 1, kept(['img-a', 'img-a-2', 'img-a-3']));
    expect(plan).toEqual({ removable: true, base: 'img-a', rest: [other] });

    const after = removeCoverage(s, 'a', 1, 'img-a-4');
    expect(coveredOf(after.steps[0]!)).toEqual([email, other]);
    ledger = ledgerAfterRebuild(ledger, 'img-a', 'img-a-4', [other]);
    // The re-burnt copy is still this session's: the other region can go too.
    expect(removal(ledger, after.steps[0]!, 1, kept(['img-a']))).toEqual({
      removable: true,
      base: 'img-a',
      rest: [],
    });
  });

  it('refuses coverage filled at capture: its original was never stored', () => {
    expect(removal(new Map(), captured().steps[0]!, 0, kept(['img-a']))).toEqual({
      removable: false,
      reason: 'captured',
    });
  });

  it('refuses the person’s coverage from an earlier session (the ledger does not know it)', () => {
    const s = addCoverage(abc(), { stepId: 'a', imageId: 'img-a-2', region: mine });
    expect(removal(new Map(), s.steps[0]!, 0, kept(['img-a', 'img-a-2']))).toEqual({
      removable: false,
      reason: 'earlier',
    });
  });

  it('refuses once the original left the undo history (burned in)', () => {
    const ledger = ledgerAfterCover(new Map(), 'img-a', 'img-a-2', mine);
    const s = addCoverage(abc(), { stepId: 'a', imageId: 'img-a-2', region: mine });
    expect(removal(ledger, s.steps[0]!, 0, kept(['img-a-2']))).toEqual({
      removable: false,
      reason: 'original-gone',
    });
  });

  it('refuses when the screenshot was changed again after the coverage (a black-out on top)', () => {
    const ledger = ledgerAfterCover(new Map(), 'img-a', 'img-a-2', mine);
    let s = addCoverage(abc(), { stepId: 'a', imageId: 'img-a-2', region: mine });
    s = {
      ...s,
      steps: s.steps.map((x) =>
        x.id === 'a' ? { ...x, image: { ...x.image!, imageId: 'img-a-blacked' } } : x,
      ),
    };
    expect(removal(ledger, s.steps[0]!, 0, kept(['img-a', 'img-a-2', 'img-a-blacked']))).toEqual({
      removable: false,
      reason: 'changed',
    });
  });

  it('says the screenshot changed when a crop moved the session’s coverage', () => {
    const ledger = ledgerAfterCover(new Map(), 'img-a', 'img-a-2', mine);
    const s = addCoverage(abc(), { stepId: 'a', imageId: 'img-a-2', region: mine });
    const cropped = cropImage(
      s,
      'a',
      'img-a-3',
      { x: 100, y: 20, width: 1800, height: 900 },
      {
        width: 2000,
        height: 1000,
      },
    );
    expect(removal(ledger, cropped.steps[0]!, 0, kept(['img-a', 'img-a-2', 'img-a-3']))).toEqual({
      removable: false,
      reason: 'changed',
    });
  });

  it('throws for a region that is not there', () => {
    expect(() => removeCoverage(abc(), 'a', 0, 'img-a')).toThrow(/no longer there/);
  });
});

describe('applying coverage to several steps', () => {
  it('is one edit: one undo takes it off every step', () => {
    const before = captured();
    const changes = [
      { stepId: 'b', imageId: 'img-b-2', region: email },
      { stepId: 'c', imageId: 'img-c-2', region: email },
    ];
    const after = expectUndoable(before, (s) => applyCoverage(s, changes));
    expect(imageOf(after, 'b')).toMatchObject({ imageId: 'img-b-2', covered: [email] });
    expect(imageOf(after, 'c')).toMatchObject({ imageId: 'img-c-2', covered: [email] });
    const history = record(createHistory(before), after);
    const undone = undo(history).present;
    expect(imageOf(undone, 'b').imageId).toBe('img-b');
    expect(imageOf(undone, 'c').imageId).toBe('img-c');
    expect(imageOf(undone, 'b').covered).toBeUndefined();
  });
});

describe('cropping a covered screenshot', () => {
  it('moves the regions with the picture and drops those cut away', () => {
    // 1000×500 CSS px at 2×; crop image pixels (300, 40)–(1300, 440): CSS (150, 20), 500×200.
    const s = addCoverage(captured(), { stepId: 'a', imageId: 'img-a-2', region: mine });
    const after = cropImage(
      s,
      'a',
      'img-a-3',
      { x: 300, y: 40, width: 1000, height: 400 },
      {
        width: 2000,
        height: 1000,
      },
    );
    // The email at x 10–110 is left of the crop; the person's region moves by (−150, −20).
    expect(coveredOf(after.steps[0]!)).toEqual([
      { kind: 'person', rect: { x: 50, y: 20, width: 60, height: 30 } },
    ]);
  });
});
