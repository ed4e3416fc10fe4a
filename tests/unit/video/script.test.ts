import { describe, expect, it } from 'vitest';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import { chapterTitle, endCard, stepText, titleCard, walkthrough } from '../../../src/shared/video/script';
import { TITLE_SECONDS } from '../../../src/shared/video/timeline';
import { click, procedure, typed } from '../edit/fixtures';

const de = catalogMessages('de');

describe('the words of a walkthrough', () => {
  it('title card: the title, the purpose, what to have ready, the step count', () => {
    const p = {
      ...procedure('Pay an invoice'),
      intro: { purpose: 'Pay on time.', prerequisites: 'The PDF.', result: '' },
    };
    expect(titleCard(p, 2)).toEqual({
      heading: 'Pay an invoice',
      parts: [{ text: 'Pay on time.' }, { label: 'What you need before starting', text: 'The PDF.' }],
      footer: '2 steps',
    });
    expect(titleCard(procedure(''), 1).heading).toBe('Untitled procedure');
  });

  it('end card: the expected result, else Done, in the file’s language', () => {
    const p = {
      ...procedure(),
      intro: { purpose: '', prerequisites: '', result: '  The invoice shows Paid. ' },
    };
    expect(endCard(p)).toEqual({ heading: 'Expected result', parts: [{ text: 'The invoice shows Paid.' }] });
    expect(endCard(procedure())).toEqual({ heading: 'Done', parts: [] });
    expect(endCard(procedure(), de).heading).toBe('Fertig');
  });

  it('a step: its number, the sentence the exports use, its note with its label', () => {
    const step = {
      ...click('a', 1, 'Save'),
      note: { kind: 'warning' as const, text: 'Check the total first.' },
    };
    expect(stepText(step, 2)).toEqual({
      number: 3,
      sentence: 'Click "Save"',
      note: { kind: 'warning', label: 'Warning:', text: 'Check the total first.' },
    });
    expect(stepText({ ...step, customText: 'Save it' }, 0).sentence).toBe('Save it');
    expect(stepText({ ...step, note: { kind: 'tip', text: '  ' } }, 0).note).toBeUndefined();
  });

  it('chapters: one per step, named by number and sentence, in the file’s language', () => {
    const steps = [click('a', 1, 'Open'), typed('b', 2, 'ACME')];
    const { chapters, vtt, timeline } = walkthrough(steps, 3);
    expect(chapters.map((c) => c.title)).toEqual([
      'Step 1: Click "Open"',
      'Step 2: Type "ACME" into "Customer"',
    ]);
    expect(chapters[0]!.start).toBe(TITLE_SECONDS);
    expect(chapters[1]!.end).toBe(timeline.total - timeline.segments.at(-1)!.duration);
    expect(vtt.startsWith('WEBVTT\n\n1\n00:00:03.000 --> 00:00:06.000\nStep 1: Click "Open"\n')).toBe(true);
    expect(chapterTitle(steps[0]!, 0, de)).toMatch(/^Schritt 1: /);
  });
});
