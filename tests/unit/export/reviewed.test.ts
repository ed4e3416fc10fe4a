/**
 * The export contains only what the person reviewed: a typed value that the sentence no longer
 * shows (rewritten, or marked as an input) is in no format, embedded data included, unless the
 * person kept it; "Clear recorded value" forgets it for good.
 */
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { steps as stepsRepo, writeProcedure } from '../../../src/shared/db';
import {
  clearRecordedValue,
  type EditState,
  setKeepValue,
  setPageUrl,
  valueHidden,
} from '../../../src/shared/edit';
import { exportHandoffZip, exportHtml, exportMarkdownZip } from '../../../src/shared/export';
import { reviewedStep } from '../../../src/shared/export/reviewed';
import type { Procedure, Step, TypeStep } from '../../../src/shared/model';
import { sentence } from '../../../src/shared/text';
import { blobBytes, resetDatabase, seedProcedure, useNodeBlob } from './fixtures';

useNodeBlob();

const HIDDEN_VALUE = 'Planted-recorded-value-8812';

const typing = (extra: Partial<TypeStep>): TypeStep => ({
  id: 't1',
  procedureId: 'p',
  position: 1,
  at: 1,
  url: 'https://a.example/',
  pageTitle: 'A',
  type: 'type',
  target: {
    role: 'textbox',
    name: 'Customer',
    tag: 'input',
    selectors: [['#c']],
    rect: { x: 0, y: 0, width: 1, height: 1 },
  },
  secret: false,
  value: HIDDEN_VALUE,
  ...extra,
});

describe('reviewedStep', () => {
  it('keeps a value the sentence shows', () => {
    expect(reviewedStep(typing({}))).toMatchObject({ value: HIDDEN_VALUE });
  });

  it('drops a value behind a rewritten sentence or an input', () => {
    expect(reviewedStep(typing({ customText: 'Type the customer' }))).not.toHaveProperty('value');
    expect(reviewedStep(typing({ input: { label: 'Customer name' } }))).not.toHaveProperty('value');
  });

  it('keeps it when the person chose to', () => {
    expect(reviewedStep(typing({ input: { label: 'Customer' }, keepValue: true }))).toMatchObject({
      value: HIDDEN_VALUE,
    });
  });
});

describe('record edits', () => {
  const state = (step: Step): EditState => ({ procedure: { id: 'p' } as Procedure, steps: [step] });

  it('clears a recorded value for good, turning the step into an input named after its field', () => {
    const after = clearRecordedValue(state(typing({ keepValue: true })), 't1').steps[0] as TypeStep;
    expect(after.value).toBeUndefined();
    expect(after.keepValue).toBeUndefined();
    expect(after.input).toEqual({ label: 'Customer' });
    expect(sentence(after)).toBe('Type the customer into "Customer"');
  });

  it('keeps or stops keeping a hidden value', () => {
    const kept = setKeepValue(state(typing({ customText: 'x' })), 't1', true);
    expect(kept.steps[0]).toMatchObject({ keepValue: true });
    expect(setKeepValue(kept, 't1', false).steps[0]).not.toHaveProperty('keepValue');
    expect(valueHidden(typing({ customText: 'x' }))).toBe(true);
    expect(valueHidden(typing({}))).toBe(false);
  });

  it('edits the page address', () => {
    expect(setPageUrl(state(typing({})), 't1', 'https://a.example/invoices').steps[0]!.url).toBe(
      'https://a.example/invoices',
    );
  });
});

describe('every export format', () => {
  let procedure: Procedure;
  beforeEach(async () => {
    await resetDatabase();
    procedure = await seedProcedure();
    const [first] = await stepsRepo.list(procedure.id);
    await writeProcedure(
      {
        procedureId: procedure.id,
        put: [
          typing({
            id: 'hidden-1',
            procedureId: procedure.id,
            position: (first?.position ?? 0) + 0.5,
            customText: 'Type the customer',
          }),
        ],
      },
      'edit',
    );
  });

  async function everyFormat(): Promise<string> {
    const html = await (await exportHtml(procedure.id)).blob.text();
    const zips = await Promise.all([exportMarkdownZip(procedure.id), exportHandoffZip(procedure.id)]);
    const texts = await Promise.all(
      zips.map(async ({ blob }) =>
        Object.values(unzipSync(await blobBytes(blob)))
          .map((bytes) => new TextDecoder().decode(bytes))
          .join('\n'),
      ),
    );
    return [html, ...texts].join('\n');
  }

  it('leaves a value hidden behind the person’s sentence out, and carries it once kept', async () => {
    expect(await everyFormat()).not.toContain(HIDDEN_VALUE);
    const [stored] = (await stepsRepo.list(procedure.id)).filter((s) => s.id === 'hidden-1');
    await writeProcedure(
      { procedureId: procedure.id, put: [{ ...(stored as TypeStep), keepValue: true }] },
      'edit',
    );
    expect(await everyFormat()).toContain(HIDDEN_VALUE);
  });
});
