import { describe, expect, it } from 'vitest';
import {
  EditError,
  searchTextOf,
  setInput,
  setIntro,
  setNote,
  setNoteKind,
  setSection,
  setSentence,
  setTitle,
  settleSentence,
} from '../../../src/shared/edit';
import { sentence } from '../../../src/shared/text';
import { abc, click, manual, stateOf, typed } from './fixtures';
import { expectUndoable } from './history-check';

describe('title and introduction', () => {
  it('renames and keeps the search text in step with the title', () => {
    const before = abc();
    const after = expectUndoable(before, (s) => setTitle(s, 'Send a Reminder'));
    expect(after.procedure.title).toBe('Send a Reminder');
    expect(after.procedure.searchText.split('\n')[0]).toBe('send a reminder');
    expect(after.steps).toBe(before.steps);
  });

  it('treats an unchanged title as no edit', () => {
    const s = abc();
    expect(setTitle(s, s.procedure.title)).toBe(s);
  });

  it('edits one introduction field and leaves the others', () => {
    const after = expectUndoable(abc(), (s) => setIntro(s, 'prerequisites', 'An admin login'));
    expect(after.procedure.intro).toEqual({ purpose: '', prerequisites: 'An admin login', result: '' });
  });
});

describe('sentences', () => {
  it('stores the wording exactly as typed, trailing space included', () => {
    const after = expectUndoable(abc(), (s) => setSentence(s, 'b', 'Press the big '));
    expect(after.steps[1]!.customText).toBe('Press the big ');
    expect(sentence(after.steps[1]!)).toBe('Press the big');
    expect(after.procedure.searchText).toBe(searchTextOf('Pay an invoice', after.steps));
    expect(after.procedure.searchText).toContain('press the big');
  });

  it('shares every untouched step with the state before', () => {
    const before = abc();
    const after = setSentence(before, 'b', 'Other words');
    expect(after.steps[0]).toBe(before.steps[0]);
    expect(after.steps[2]).toBe(before.steps[2]);
    expect(after.steps[1]).not.toBe(before.steps[1]);
  });

  it('drops custom wording equal to the generated sentence', () => {
    const s = setSentence(abc(), 'a', 'Mine');
    const back = setSentence(s, 'a', 'Click "Alpha"');
    expect(back.steps[0]!.customText).toBeUndefined();
  });

  it('edits the text of a manual step itself', () => {
    const s = stateOf([manual('m', 1, 'Wait for the email')]);
    const after = expectUndoable(s, (x) => setSentence(x, 'm', 'Wait for the confirmation email'));
    expect(after.steps[0]).toMatchObject({ type: 'manual', text: 'Wait for the confirmation email' });
  });

  it('an emptied box goes back to the generated sentence when left', () => {
    const emptied = setSentence(abc(), 'a', '');
    expect(emptied.steps[0]!.customText).toBe('');
    const settled = expectUndoable(emptied, (s) => settleSentence(s, 'a'));
    expect(settled.steps[0]!.customText).toBeUndefined();
    expect(sentence(settled.steps[0]!)).toBe('Click "Alpha"');
  });

  it('names a deleted step in one sentence', () => {
    expect(() => setSentence(abc(), 'gone', 'x')).toThrow(EditError);
    expect(() => setSentence(abc(), 'gone', 'x')).toThrow(/no longer exists/);
  });
});

describe('notes and sections', () => {
  it('adds, changes and removes a warning', () => {
    const warned = expectUndoable(abc(), (s) => setNote(s, 'c', { kind: 'warning', text: 'Irreversible' }));
    expect(warned.steps[2]!.note).toEqual({ kind: 'warning', text: 'Irreversible' });
    const tip = expectUndoable(warned, (s) => setNoteKind(s, 'c', 'tip'));
    expect(tip.steps[2]!.note).toEqual({ kind: 'tip', text: 'Irreversible' });
    const removed = expectUndoable(tip, (s) => setNote(s, 'c', undefined));
    expect('note' in removed.steps[2]!).toBe(false);
  });

  it('starts and removes a section at a step', () => {
    const sectioned = expectUndoable(abc(), (s) => setSection(s, 'b', 'Billing'));
    expect(sectioned.steps[1]!.section).toBe('Billing');
    const removed = expectUndoable(sectioned, (s) => setSection(s, 'b', undefined));
    expect('section' in removed.steps[1]!).toBe(false);
  });
});

describe('inputs', () => {
  const withType = () => stateOf([click('a', 1), typed('t', 2, 'ACME Ltd')]);

  it('marks a typed value as an input and the sentence names it', () => {
    const after = expectUndoable(withType(), (s) => setInput(s, 't', 'Customer name'));
    expect(sentence(after.steps[1]!)).toBe('Type the customer name into "Customer"');
    expect(after.procedure.searchText).toContain('type the customer name into "customer"');
  });

  it('unmarks an input', () => {
    const marked = setInput(withType(), 't', 'Customer name');
    const after = expectUndoable(marked, (s) => setInput(s, 't', undefined));
    expect(sentence(after.steps[1]!)).toBe('Type "ACME Ltd" into "Customer"');
  });

  it('refuses clicks and secrets', () => {
    expect(() => setInput(withType(), 'a', 'X')).toThrow(/types a value/);
    const secret = stateOf([
      { ...typed('p', 1, ''), value: undefined, secret: true, secretKind: 'password' },
    ]);
    expect(() => setInput(secret, 'p', 'X')).toThrow(/secret/);
  });
});
