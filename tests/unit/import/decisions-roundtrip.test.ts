/**
 * Decisions, troubleshooting and access through the whole path: edited with the editor's pure
 * edits and saved the way the editor saves, exported (Handoff zip, HTML, Markdown), imported back,
 * exported again. A decision's link is a step id in storage and a step index in files, so the
 * link must point at the same step after every hop, and survive moving steps.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadState } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { procedures, steps as stepsRepo } from '../../../src/shared/db';
import {
  addEntry,
  type EditState,
  moveStep,
  setCondition,
  setEntry,
  setOtherwise,
} from '../../../src/shared/edit';
import { exportHandoffZip, exportHtml, exportMarkdownZip } from '../../../src/shared/export';
import { importFile } from '../../../src/shared/import';
import { blobBytes, resetDatabase, seedProcedure, useNodeBlob } from '../export/fixtures';
import { fileOf, type Json, withValue, zipOf } from './helpers';

useNodeBlob();

let procedureId: string;
let state: EditState;

/** Applies an edit and saves its diff, as the editor's store does. */
async function edit(op: (s: EditState) => EditState): Promise<void> {
  const next = op(state);
  await writeDiff(state, next);
  state = next;
}

beforeEach(async () => {
  await resetDatabase();
  procedureId = (await seedProcedure()).id;
  state = (await loadState(procedureId))!;
  const [, second, , , fifth] = state.steps.map((s) => s.id);
  // Step 2: "If the customer is new: do this step; otherwise go to step 5".
  await edit((s) => setCondition(s, second!, 'the customer is new'));
  await edit((s) => setOtherwise(s, second!, fifth!));
  await edit((s) => addEntry(s, 'troubleshooting'));
  await edit((s) => setEntry(s, 'troubleshooting', 0, { problem: 'Number taken', whatToDo: 'Ask Maria' }));
  await edit((s) => addEntry(s, 'access'));
  await edit((s) => setEntry(s, 'access', 0, { what: 'Billing account', sentSeparately: true }));
  // Moving the target up keeps the link on the same step, now step 4.
  await edit((s) => moveStep(s, fifth!, 3));
});

/** The stored decisions as "step number → condition, otherwise step number". */
async function storedDecisions(id: string): Promise<unknown[]> {
  const steps = await stepsRepo.list(id);
  const number = new Map(steps.map((s, i) => [s.id, i + 1]));
  return steps.flatMap((s, i) =>
    s.decision
      ? [{ at: i + 1, condition: s.decision.condition, otherwise: number.get(s.decision.otherwise!) }]
      : [],
  );
}

const EXPECTED_DECISIONS = [{ at: 2, condition: 'the customer is new', otherwise: 4 }];

describe('decisions and troubleshooting round trip', () => {
  it('are stored by the editor, with the link following the moved step', async () => {
    expect(await storedDecisions(procedureId)).toEqual(EXPECTED_DECISIONS);
    const stored = (await procedures.get(procedureId))!;
    expect(stored.troubleshooting).toEqual([{ problem: 'Number taken', whatToDo: 'Ask Maria' }]);
    expect(stored.access).toEqual([{ what: 'Billing account', sentSeparately: true }]);
    // Search finds the condition and the troubleshooting words.
    expect(stored.searchText).toContain('the customer is new');
    expect(stored.searchText).toContain('number taken ask maria');
  });

  it('Handoff zip: the file names the step by index; import links it by the new id; export again is identical', async () => {
    const zip = await blobBytes((await exportHandoffZip(procedureId)).blob);
    const json = JSON.parse(strFromU8(unzipSync(zip)['procedure.json']!));
    expect(json.version).toBe(2);
    expect(json.steps[1].decision).toEqual({ condition: 'the customer is new', otherwise: 3 });
    expect(json.procedure.troubleshooting).toEqual([{ problem: 'Number taken', whatToDo: 'Ask Maria' }]);
    expect(json.procedure.access).toEqual([{ what: 'Billing account', sentSeparately: true }]);
    const imported = (await importFile(fileOf(zip))).procedureId;
    expect(await storedDecisions(imported)).toEqual(EXPECTED_DECISIONS);
    const original = await stepsRepo.list(procedureId);
    const copy = await stepsRepo.list(imported);
    expect(copy[1]!.decision!.otherwise).toBe(copy[3]!.id);
    expect(copy[1]!.decision!.otherwise).not.toBe(original[3]!.id);
    expect((await procedures.get(imported))!.access).toEqual([
      { what: 'Billing account', sentSeparately: true },
    ]);
    expect(await blobBytes((await exportHandoffZip(imported)).blob)).toEqual(zip);
  });

  it('HTML: shows the decision linked to its step and both sections, and imports back the same', async () => {
    const html = strFromU8(await blobBytes((await exportHtml(procedureId)).blob));
    const dom = new DOMParser().parseFromString(html, 'text/html');
    const decision = dom.querySelector('#step-2 .callout-decision')!;
    expect(decision.textContent).toBe(
      'Decision: If the customer is new: do this step; otherwise go to step 4.',
    );
    expect(decision.querySelector('a')?.getAttribute('href')).toBe('#step-4');
    expect(dom.querySelector('#step-4')).not.toBeNull();
    expect(dom.querySelector('#access')?.parentElement?.textContent).toContain(
      'Billing account (password or key sent to you separately)',
    );
    expect(dom.querySelector('#troubleshooting')?.parentElement?.textContent).toContain(
      'Problem: Number takenWhat to do: Ask Maria',
    );
    const contents = [...dom.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(contents).toEqual(expect.arrayContaining(['#access', '#troubleshooting']));
    const imported = (await importFile(fileOf(new TextEncoder().encode(html), 'x.html'))).procedureId;
    expect(await storedDecisions(imported)).toEqual(EXPECTED_DECISIONS);
    expect((await procedures.get(imported))!.troubleshooting).toEqual([
      { problem: 'Number taken', whatToDo: 'Ask Maria' },
    ]);
  });

  it('Markdown: the decision links to an anchor on its step, and both sections are there', async () => {
    const md = strFromU8(
      unzipSync(await blobBytes((await exportMarkdownZip(procedureId)).blob))['procedure.md']!,
    );
    expect(md).toContain(
      '> **Decision:** If the customer is new: do this step; otherwise go to [step 4](#step-4).',
    );
    expect(md).toMatch(/\n4\. \[ \] .*<a id="step-4"><\/a>\n/);
    expect(md.match(/<a id=/g)).toHaveLength(1);
    expect(md).toContain('## Access needed');
    expect(md).toContain('- Billing account *\\(password or key sent to you separately\\)*');
    expect(md).toContain('## When something goes wrong');
    expect(md).toContain('- **Problem:** Number taken\n\n  **What to do:** Ask Maria');
  });

  it('reads a version-1 file as version 2: empty lists, and no decision (version 1 had none)', async () => {
    const zip = unzipSync(await blobBytes((await exportHandoffZip(procedureId)).blob));
    const { 'procedure.json': json, ...images } = zip;
    let v1 = JSON.parse(strFromU8(json!)) as { [key: string]: Json };
    v1 = withValue(v1, ['version'], 1);
    v1 = withValue(v1, ['procedure', 'troubleshooting'], undefined);
    v1 = withValue(v1, ['procedure', 'access'], undefined);
    // Still there from the export: a field version 1 never defined, so it is ignored.
    expect((v1.steps as Json[])[1]).toHaveProperty('decision');
    const imported = (await importFile(fileOf(zipOf(v1, images)))).procedureId;
    const stored = (await procedures.get(imported))!;
    expect(stored).toMatchObject({ troubleshooting: [], access: [] });
    expect((await stepsRepo.list(imported)).some((s) => s.decision)).toBe(false);
  });
});
