/**
 * Annotations survive export and import: the HTML file and the Handoff zip carry them in their
 * data, import stores them as they were (hostile callout text included, as text), and a file whose
 * annotation has a colour outside the palette is refused.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { steps as stepsRepo } from '../../../src/shared/db';
import { writeProcedure } from '../../../src/shared/db/write';
import { exportHandoffZip, exportHtml } from '../../../src/shared/export';
import { importFile } from '../../../src/shared/import';
import { handoffFile } from '../../../src/shared/import/file';
import { ZIP_ROOT } from '../../../src/shared/import/parsed';
import type { Annotation } from '../../../src/shared/model';
import { blobBytes, HOSTILE, resetDatabase, seedProcedure, useNodeBlob } from '../export/fixtures';
import { validDocument } from '../import/documents';
import { fileOf, withValue } from '../import/helpers';

beforeAll(() => useNodeBlob());

const annotations: Annotation[] = [
  { kind: 'arrow', from: { x: 10.5, y: 20 }, to: { x: 60, y: 45.25 }, colour: 'purple' },
  { kind: 'callout', at: { x: 100, y: 30 }, text: HOSTILE, colour: 'blue' },
  { kind: 'badge', at: { x: 5, y: 5 }, number: 42, colour: 'orange' },
];

let procedureId: string;
let annotatedIndex: number;

beforeEach(async () => {
  await resetDatabase();
  const p = await seedProcedure();
  procedureId = p.id;
  const list = await stepsRepo.list(p.id);
  annotatedIndex = list.findIndex((s) => s.image);
  const step = list[annotatedIndex]!;
  await writeProcedure(
    { procedureId, patch: [{ step: { ...step, annotations }, fields: ['annotations'] }] },
    'edit',
  );
});

async function importedAnnotations(bytes: Uint8Array, name: string) {
  const { procedureId: imported } = await importFile(fileOf(bytes, name));
  return (await stepsRepo.list(imported))[annotatedIndex]?.annotations;
}

describe('annotations through export and import', () => {
  it('come back from the Handoff zip as they were', async () => {
    const zip = await blobBytes((await exportHandoffZip(procedureId)).blob);
    expect(await importedAnnotations(zip, 'x.zip')).toEqual(annotations);
  });

  it('come back from the HTML file, whose SVG layer does not disturb the import', async () => {
    const html = await blobBytes((await exportHtml(procedureId)).blob);
    expect(new TextDecoder().decode(html)).toContain('<svg class="ann"');
    expect(await importedAnnotations(html, 'x.html')).toEqual(annotations);
  });

  it('are refused with a colour outside the palette', () => {
    const { json } = validDocument();
    const bad = withValue(
      json,
      ['steps', 0, 'annotations'],
      [{ ...annotations[0], colour: 'red;background:url(x)' }],
    );
    expect(() => handoffFile(bad, ZIP_ROOT)).toThrow(
      'steps[0].annotations[0].colour: unknown annotation colour',
    );
  });
});
