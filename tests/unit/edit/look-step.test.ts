/**
 * The screenshot shortcut's "Look at …" step in the editor: its sentence follows the page title in
 * every language until the person writes their own words, and taking the generated words
 * unchanged (in any shipped language) keeps it generated.
 */
import { describe, expect, it } from 'vitest';
import { setSentence } from '../../../src/shared/edit';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import { sentence } from '../../../src/shared/text';
import { manual, stateOf } from './fixtures';

const look = { ...manual('l', 1000, ''), look: true as const, pageTitle: 'Q3 report' };

describe('a "Look at …" step', () => {
  it('reads in the language asked for', () => {
    expect(sentence(look)).toBe('Look at "Q3 report"');
    expect(sentence(look, catalogMessages('de'))).toBe('„Q3 report“ ansehen');
  });

  it('stays generated when its generated words are taken unchanged, in either language', () => {
    for (const words of ['Look at "Q3 report"', '„Q3 report“ ansehen']) {
      const after = setSentence(stateOf([look]), 'l', words).steps[0];
      expect(after).toMatchObject({ type: 'manual', text: '', look: true });
    }
  });

  it("keeps the person's own words", () => {
    const after = setSentence(stateOf([look]), 'l', 'Check the Q3 total is green').steps[0]!;
    expect(after).toMatchObject({ text: 'Check the Q3 total is green' });
    expect(sentence(after, catalogMessages('de'))).toBe('Check the Q3 total is green');
  });
});
