/** Alt text names what the person marked on a screenshot, in the export's language. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/shared/export/markdown';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import type { Step } from '../../../src/shared/model';
import { altText } from '../../../src/shared/text';
import { click } from '../edit/fixtures';

// The fixture's button is at (100, 50), 80 × 20, in a 1000 × 500 viewport.
const step = (annotations: Step['annotations'], over: Partial<Step> = {}): Step =>
  ({ ...click('a', 1, 'Save'), ...(annotations ? { annotations } : {}), ...over }) as Step;

describe('alt text with annotations', () => {
  it('is the step alone without annotations', () => {
    expect(altText(step(undefined), 0)).toBe('Step 1: Click "Save"');
  });

  it('lists each annotation, saying when an arrow points at the marked element', () => {
    const s = step([
      { kind: 'arrow', from: { x: 20, y: 20 }, to: { x: 110, y: 60 }, colour: 'red' },
      { kind: 'arrow', from: { x: 20, y: 20 }, to: { x: 600, y: 400 }, colour: 'red' },
      { kind: 'rect', rect: { x: 0, y: 0, width: 10, height: 10 }, colour: 'blue' },
      { kind: 'callout', at: { x: 300, y: 30 }, text: 'Check the total', colour: 'green' },
      { kind: 'callout', at: { x: 300, y: 90 }, text: '  ', colour: 'green' },
      { kind: 'badge', at: { x: 90, y: 40 }, number: 2, colour: 'black' },
    ]);
    expect(altText(s, 0)).toBe(
      'Step 1: Click "Save". Marked on the screenshot: an arrow to the marked element; an arrow; a box; ' +
        'a callout "Check the total"; an empty callout; the number 2.',
    );
  });

  it('does not call an arrow to a hidden marker an arrow to the marked element', () => {
    const s = step([{ kind: 'arrow', from: { x: 20, y: 20 }, to: { x: 110, y: 60 }, colour: 'red' }], {
      marker: { hidden: true },
    });
    expect(altText(s, 0)).toBe('Step 1: Click "Save". Marked on the screenshot: an arrow.');
  });

  it('speaks German in a German export, and shortens a long callout', () => {
    const s = step([
      { kind: 'callout', at: { x: 300, y: 30 }, text: `Summe prüfen ${'sehr '.repeat(40)}`, colour: 'green' },
      { kind: 'badge', at: { x: 90, y: 40 }, number: 1, colour: 'black' },
    ]);
    const alt = altText(s, 2, catalogMessages('de'));
    expect(alt).toMatch(
      /^Schritt 3: .+\. Auf dem Bildschirmfoto markiert: ein Hinweistext „Summe prüfen sehr .*…“; die Nummer 1\.$/,
    );
    expect(alt.length).toBeLessThan(200);
  });

  it('does not add a second full stop after a sentence that has one', () => {
    const s = step([{ kind: 'rect', rect: { x: 0, y: 0, width: 10, height: 10 }, colour: 'blue' }], {
      customText: 'Save the invoice.',
    });
    expect(altText(s, 0)).toBe('Step 1: Save the invoice. Marked on the screenshot: a box.');
  });

  it('reaches the Markdown image, escaped, with a hostile callout kept as text', () => {
    const s = step([
      { kind: 'callout', at: { x: 300, y: 30 }, text: '](javascript:alert(1)) <b>', colour: 'green' },
    ]);
    const md = renderMarkdown({
      title: 'T',
      intro: { purpose: '', prerequisites: '', result: '' },
      steps: [s],
      imagePaths: new Map([[0, 'images/step-001.png']]),
    });
    const image = md.split('\n').find((line) => line.includes('images/step-001.png'))!;
    expect(image).toContain('Marked on the screenshot: a callout');
    // The alt text cannot end the image's brackets or open a link: every bracket is escaped.
    expect(image).toMatch(/^\s*!\[[^\]]*(\\\][^\]]*)*\]\(images\/step-001\.png\)$/);
    expect(image).not.toContain('<b>');
  });
});
