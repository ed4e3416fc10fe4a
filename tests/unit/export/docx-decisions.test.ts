/**
 * Decisions and troubleshooting in the Word export: a step's "If …: do this step; otherwise go to
 * step N" under its sentence, linked to that step's heading; "Access needed" before the steps and
 * "When something goes wrong" after them, both in the contents. Read back from word/document.xml.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { steps as stepsRepo } from '../../../src/shared/db';
import { packWord } from '../../../src/shared/export/docx/build';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import type { Procedure, Step } from '../../../src/shared/model';
import { blobBytes, HOSTILE, resetDatabase, seedProcedure, useNodeBlob } from './fixtures';

useNodeBlob();

let procedure: Procedure;
let steps: Step[];
beforeEach(async () => {
  await resetDatabase();
  procedure = await seedProcedure();
  steps = await stepsRepo.list(procedure.id);
});

/** Visible text of each paragraph with its style, in order. */
function paragraphs(xml: string): { style: string | undefined; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join('')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&'),
  }));
}

async function documentXml(p: Procedure, s: Step[], locale: 'en' | 'de' = 'en'): Promise<string> {
  const blob = await packWord({
    procedure: p,
    steps: s,
    pictures: new Map(),
    messages: catalogMessages(locale),
  });
  return strFromU8(unzipSync(await blobBytes(blob))['word/document.xml']!);
}

describe('Word decisions and troubleshooting', () => {
  it('writes each decision under its sentence, linked to the step it goes to', async () => {
    const withDecisions = steps.map((s, i): Step => {
      if (i === 1)
        return { ...s, decision: { condition: 'the customer is tax exempt', otherwise: steps[8]!.id } };
      if (i === 4) return { ...s, decision: { condition: HOSTILE } };
      return s;
    });
    const xml = await documentXml(procedure, withDecisions);
    const ps = paragraphs(xml);
    const at = ps.findIndex((p) => p.text === '2. Click "Save invoice"');
    expect(ps[at + 1]?.text).toBe(
      'Decision: If the customer is tax exempt: do this step; otherwise go to step 9.',
    );
    expect(ps.map((p) => p.text)).toContain(`Decision: If ${HOSTILE}: do this step; otherwise skip it.`);
    expect(xml).not.toContain('<img');
    // The step reference is a link to step 9's bookmark.
    const decision =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*the customer is tax exempt[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(decision).toMatch(/<w:hyperlink [^>]*w:anchor="step_9"/);
  });

  it('lists access before the steps and troubleshooting after them, both in the contents', async () => {
    const full: Procedure = {
      ...procedure,
      access: [
        { what: 'Billing account', sentSeparately: true },
        { what: HOSTILE, sentSeparately: false },
      ],
      troubleshooting: [{ problem: 'The Save button is greyed out', whatToDo: 'Ask Dana in accounts.' }],
    };
    const xml = await documentXml(full, steps);
    const ps = paragraphs(xml);
    const h1 = ps.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual([
      'Contents',
      'Introduction',
      'Access needed',
      'Inputs',
      'Steps',
      'When something goes wrong',
    ]);
    const texts = ps.map((p) => p.text);
    expect(texts).toContain('Billing account (password or key sent to you separately)');
    expect(texts).toContain(HOSTILE);
    expect(texts).toContain('Problem: The Save button is greyed out');
    expect(texts).toContain('What to do: Ask Dana in accounts.');
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="access"/);
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="troubleshooting"/);
    expect(xml).toMatch(/<w:bookmarkStart w:name="troubleshooting"/);
    // The access items are a bulleted list.
    expect(xml).toMatch(/<w:numPr>[\s\S]*?Billing account/);
    const german = paragraphs(await documentXml(full, steps, 'de'));
    expect(german.filter((p) => p.style === 'Heading1').map((p) => p.text)).toContain(
      catalogMessages('de').t('troubleHeading'),
    );
  });

  it('leaves both parts out when their lists are empty', async () => {
    const xml = await documentXml({ ...procedure, access: [], troubleshooting: [] }, steps);
    const h1 = paragraphs(xml)
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text);
    expect(h1).toEqual(['Contents', 'Introduction', 'Inputs', 'Steps']);
  });
});
