/**
 * Editing in another language than English: the editor shows generated sentences in the
 * browser's language, so taking one unchanged is not custom wording, and a merge reads in the
 * editor's language.
 */
import { describe, expect, it } from 'vitest';
import { mergeWithNext, setSentence } from '../../../src/shared/edit';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import { sentence } from '../../../src/shared/text';
import { abc, click, stateOf, typed } from './fixtures';

const de = catalogMessages('de');

describe('wording in German', () => {
  it('keeps following the data when the German generated sentence is left as it was', () => {
    const s = abc();
    const german = sentence(s.steps[0]!, de);
    expect(german).toBe('Auf „Alpha“ klicken');
    const after = setSentence(s, 'a', german);
    expect(after.steps[0]).not.toHaveProperty('customText');
    expect(setSentence(s, 'a', 'Auf „Alpha“ doppelklicken').steps[0]).toMatchObject({
      customText: 'Auf „Alpha“ doppelklicken',
    });
  });

  it('merges two steps into one German sentence, keeping the case German needs', () => {
    const s = stateOf([click('a', 1, 'Save'), typed('b', 2, 'ACME Ltd')]);
    const after = mergeWithNext(s, 'a', de);
    expect(sentence(after.steps[0]!, de)).toBe('Auf „Save“ klicken, dann „ACME Ltd“ in „Customer“ eingeben');
    // English stays as it was: the second sentence starts lower-case after "then".
    expect(sentence(mergeWithNext(s, 'a').steps[0]!)).toBe(
      'Click "Save", then type "ACME Ltd" into "Customer"',
    );
  });
});
