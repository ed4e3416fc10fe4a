/** The Markdown renderer: structure a reader expects, and hostile text kept literal. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../../src/shared/export/markdown';
import { HOSTILE, richSteps } from './fixtures';

const intro = { purpose: 'Bill a customer.', prerequisites: '', result: 'Sent.' };

describe('escapeMarkdown', () => {
  it('neutralises inline markup, HTML and line-start syntax', () => {
    expect(escapeMarkdown(HOSTILE)).toBe('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdown('**bold** [link](javascript:x) `code` a_b')).toBe(
      '\\*\\*bold\\*\\* \\[link\\]\\(javascript:x\\) \\`code\\` a\\_b',
    );
    expect(escapeMarkdown('- item\n# heading\n1. one\n===')).toBe('\\- item\n\\# heading\n1\\. one\n\\===');
    expect(escapeMarkdown('well-known e-mail, 1.5 kg')).toBe('well-known e-mail, 1.5 kg');
  });
});

describe('renderMarkdown', () => {
  const steps = richSteps('p', ['a', 'b', 'c', 'd']);
  const md = renderMarkdown({
    title: 'Send an invoice',
    intro,
    steps,
    imagePaths: new Map([
      [0, 'images/step-001.png'],
      [1, 'images/step-002.png'],
      [8, 'images/step-002.png'],
    ]),
  });

  it('has the title, the filled introduction parts and the inputs', () => {
    // The line under the title says how long the recorded task took (see duration.test.ts).
    expect(md).toMatch(
      /^# Send an invoice\n\nDoing the task took \d+ seconds when it was recorded\.\n\n## Introduction\n\n### Purpose\n\nBill a customer\.\n\n/,
    );
    expect(md).not.toContain('What you need before starting');
    expect(md).toContain('## Inputs');
    expect(md).toContain('- **Customer name**: ACME Ltd (step 3)');
  });

  it('numbers every step as a task, with sections as headings', () => {
    const items = md.match(/^\d+\. \[ \] .*$/gm) ?? [];
    expect(items.map((line) => line.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(md.indexOf('### Open the invoice')).toBeLessThan(md.indexOf('1. [ ]'));
    expect(md.indexOf('4. [ ]')).toBeLessThan(md.indexOf('### Fill in the details'));
    expect(md.indexOf('### Fill in the details')).toBeLessThan(md.indexOf('5. [ ]'));
  });

  it('labels notes in words and points at the images', () => {
    expect(md).toContain('   > **Tip:** The button is at the bottom.');
    expect(md).toContain('   > **Warning:** This sends the invoice at once.');
    expect(md).toContain('   ![Step 2: Click "Save invoice"](images/step-002.png)');
    expect(md).toContain('   ![Step 9: Right-click "Close"](images/step-002.png)');
  });

  it('keeps hostile text literal in every field it prints', () => {
    const hostile = steps.map((s) => ({
      ...s,
      customText: HOSTILE,
      section: HOSTILE,
      note: { kind: 'note' as const, text: HOSTILE },
      decision: { condition: HOSTILE, otherwise: steps[0]!.id },
    }));
    const out = renderMarkdown({
      title: HOSTILE,
      intro: { purpose: HOSTILE, prerequisites: HOSTILE, result: HOSTILE },
      steps: hostile,
      imagePaths: new Map(),
      troubleshooting: [{ problem: HOSTILE, whatToDo: HOSTILE }],
      access: [{ what: HOSTILE, sentSeparately: false }],
    });
    // Every `<` in the output is backslash-escaped, but for the one anchor the decisions link to,
    // which the exporter writes itself (digits only).
    expect(out.match(/<a id="step-\d+"><\/a>/g)).toEqual(['<a id="step-1"></a>']);
    expect(out.replace('<a id="step-1"></a>', '')).not.toMatch(/(^|[^\\])</m);
    // Title, intro, each step's sentence, heading, note and condition, troubleshooting, access.
    expect(out.split('\\<img src=x onerror=alert\\(1\\)\\>').length - 1).toBe(1 + 3 + 9 * 4 + 2 + 1);
  });
});
