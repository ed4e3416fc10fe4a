/**
 * The Markdown zip carries a cropped image per focused step (marker drawn in) and links the whole
 * screenshot, itself with the step's marker drawn in.
 */
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { steps as stepsRepo } from '../../../src/shared/db';
import { exportMarkdownZip } from '../../../src/shared/export';
import type { BurnRequest, ImageBurner } from '../../../src/shared/export/burn-marker';
import { renderMarkdown } from '../../../src/shared/export/markdown';
import { shownFocus } from '../../../src/shared/focus';
import type { Procedure, Step } from '../../../src/shared/model';
import { blobBytes, resetDatabase, seedProcedure, useNodeBlob } from './fixtures';

useNodeBlob();

let procedure: Procedure;
beforeEach(async () => {
  await resetDatabase();
  procedure = await seedProcedure();
});

/** A stand-in for the canvas: records what it was asked to draw and returns marked bytes. */
function fakeRenderer(calls: BurnRequest[]): ImageBurner {
  return async (_bytes, type, request) => {
    calls.push(request);
    return { bytes: new Uint8Array([1, 2, 3, calls.length]), type };
  };
}
const crops = (calls: BurnRequest[]) => calls.filter((c) => c.crop);

describe('focused images in the Markdown zip', () => {
  it('adds one cropped image per focused step and links the full screenshot beside it', async () => {
    const calls: BurnRequest[] = [];
    const { blob } = await exportMarkdownZip(procedure.id, undefined, undefined, fakeRenderer(calls));
    const entries = unzipSync(await blobBytes(blob));
    const steps: Step[] = await stepsRepo.list(procedure.id);
    const expected = steps.flatMap((s, i) =>
      s.image && shownFocus(s, procedure, { width: 64, height: 36 }) ? [i + 1] : [],
    );
    // Go-to steps and the step shown full (5) have none; at least the click on "Save invoice" (2) has one.
    expect(expected).toContain(2);
    expect(expected).not.toContain(1);
    expect(expected).not.toContain(5);
    const focusFiles = Object.keys(entries).filter((name) => name.includes('-focus'));
    expect(focusFiles.sort()).toEqual(
      expected
        .map((n) => `images/step-${String(n).padStart(3, '0')}-focus.${n === 3 ? 'jpg' : 'png'}`)
        .sort(),
    );
    expect(crops(calls).length).toBe(expected.length);
    // Every step with a marker gets its own marked full screenshot; the hidden or absent ones share the stored file.
    const marked = calls.filter((c) => !c.crop);
    expect(marked.length).toBeGreaterThan(0);
    for (const c of marked) expect(c.marker).toBeDefined();
    // Step 2's full screenshot is the burner's output for step 2 (the fake numbers its answers).
    const answer = calls.findIndex((c) => !c.crop && c.step?.id.endsWith('-step-2')) + 1;
    expect(answer).toBeGreaterThan(0);
    expect([...entries['images/step-002.png']!]).toEqual([1, 2, 3, answer]);
    const md = new TextDecoder().decode(entries['procedure.md']);
    expect(md).toContain('](images/step-002-focus.png)');
    expect(md).toContain('[Full screenshot](images/step-002.png)');
    // The full screenshot stays in the zip for every step.
    expect(Object.keys(entries)).toContain('images/step-002.png');
  });

  it('keeps only full screenshots when the procedure is shown full', async () => {
    const calls: BurnRequest[] = [];
    const full = { ...procedure, view: 'full' as const };
    const steps: Step[] = await stepsRepo.list(procedure.id);
    expect(steps.some((s) => s.image && shownFocus(s, full, { width: 64, height: 36 }))).toBe(false);
    const md = renderMarkdown({
      title: 't',
      intro: procedure.intro,
      steps,
      imagePaths: new Map([[1, 'a.png']]),
    });
    expect(md).toContain('](a.png)');
    expect(md).not.toContain('Full screenshot');
    expect(calls).toEqual([]);
  });

  it('renders a focused step as its crop with a link to the whole screenshot, and no position sentence', async () => {
    const steps: Step[] = await stepsRepo.list(procedure.id);
    const md = renderMarkdown({
      title: 't',
      intro: procedure.intro,
      steps,
      imagePaths: new Map([[1, 'images/step-002.png']]),
      focusPaths: new Map([[1, 'images/step-002-focus.png']]),
    });
    const block = md.slice(md.indexOf('2. [ ]'), md.indexOf('3. [ ]'));
    expect(block).toContain('](images/step-002-focus.png)');
    expect(block).toContain('[Full screenshot](images/step-002.png)');
    expect(block).not.toMatch(/from the left/);
  });

  it('falls back to the full screenshot when the page cannot decode the bytes (happy-dom here)', async () => {
    const { blob } = await exportMarkdownZip(procedure.id);
    const entries = unzipSync(await blobBytes(blob));
    expect(Object.keys(entries).some((name) => name.includes('-focus'))).toBe(false);
  });
});
