/**
 * The guided run in the background: it starts on the procedure's first page, moves only for the
 * step it was told about (so a late or repeated report never skips one), keeps its state in
 * storage.session, counts a page change as a "Go to" step only when the person made it, and never
 * runs in a recorded tab.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import {
  acted,
  control,
  countsAsPageStep,
  pageChanged,
  refuseRecordingWhileGuided,
  samePage,
  startGuide,
} from '../../../src/background/guide/run';
import { readRun } from '../../../src/background/guide/state';
import { expectationOf, showFor } from '../../../src/background/guide/view';
import { procedures, steps } from '../../../src/shared/db';
import { closeDatabase } from '../../../src/shared/db/open';
import type { Step } from '../../../src/shared/model';

const target = (name: string) => ({
  role: 'button',
  name,
  tag: 'button',
  selectors: [['#x']],
  rect: { x: 1, y: 1, width: 9, height: 9 },
});

function task(procedureId: string): Step[] {
  const base = { procedureId, pageTitle: 'Invoices', url: 'https://books.example/invoices' };
  return [
    { ...base, id: 's1', position: 1, at: 1, type: 'navigate', kind: 'load' },
    {
      ...base,
      id: 's2',
      position: 2,
      at: 2,
      type: 'click',
      target: target('Open'),
      button: 'left',
      clickCount: 1,
    },
    {
      ...base,
      id: 's3',
      position: 3,
      at: 3,
      type: 'navigate',
      kind: 'load',
      url: 'https://books.example/saved',
    },
    { ...base, id: 's4', position: 4, at: 4, type: 'manual', text: 'Call the customer' },
  ] as Step[];
}

let tabId = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  // The fake browser has no scripting API; the guide's injection is not what these tests check.
  (browser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(async () => []) };
  const procedure = await procedures.create({ title: 'Pay', startUrl: 'https://books.example/invoices' });
  for (const step of task(procedure.id)) await steps.append(step);
  const started = await startGuide(procedure.id);
  tabId = started.tabId;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a guided run', () => {
  it('opens the first page in a new tab and keeps the run in storage.session', async () => {
    const tab = await browser.tabs.get(tabId);
    expect(tab.url).toBe('https://books.example/invoices');
    const stored = await browser.storage.session.get('handoff.guide');
    // Opening the first page was its "Go to" step.
    expect(stored['handoff.guide']).toMatchObject({ index: 1, tabIds: [tabId], skipped: 0 });
  });

  it('moves on only for the step the report names, once', async () => {
    await pageChanged(tabId, 'https://books.example/invoices');
    const run = (await readRun())!;
    await acted(tabId, run.runId, 's1');
    expect((await readRun())?.index).toBe(1);
    await acted(tabId, run.runId, 's2');
    await acted(tabId, run.runId, 's2');
    expect((await readRun())?.index).toBe(2);
    // Another tab, or another run, cannot move it.
    await acted(tabId + 99, run.runId, 's3');
    await acted(tabId, 'another-run', 's3');
    expect((await readRun())?.index).toBe(2);
  });

  it('does not take the page a click opened for the "Go to" step after it', async () => {
    await pageChanged(tabId, 'https://books.example/invoices');
    const run = (await readRun())!;
    await acted(tabId, run.runId, 's2');
    await pageChanged(tabId, 'https://books.example/saved?customer=…', {
      type: 'form_submit',
      qualifiers: [],
    });
    expect((await readRun())?.index).toBe(2);
    await pageChanged(tabId, 'https://books.example/saved', { type: 'reload', qualifiers: [] });
    expect((await readRun())?.index).toBe(3);
  });

  it('goes back, skips, finishes with Done and says how long it took; Stop ends it', async () => {
    const run = (await readRun())!;
    await control(tabId, run.runId, 's2', 'back');
    await control(tabId, run.runId, 's1', 'skip');
    await control(tabId, run.runId, 's2', 'back');
    expect((await readRun())?.index).toBe(0);
    await control(tabId, run.runId, 's1', 'done');
    await control(tabId, run.runId, 's2', 'done');
    await control(tabId, run.runId, 's3', 'skip');
    const finished = await control(tabId, run.runId, 's4', 'done');
    expect(finished).toMatchObject({ state: 'finished', total: 4, skipped: 2 });
    await control(tabId, run.runId, 'none', 'stop');
    expect(await readRun()).toBeUndefined();
  });

  it('refuses to record in a guided tab', async () => {
    await expect(refuseRecordingWhileGuided(tabId)).rejects.toThrow(/guiding in this tab/);
    await expect(refuseRecordingWhileGuided(tabId + 1)).resolves.toBeUndefined();
  });
});

describe('what the panel shows', () => {
  it('gives an input’s description, never its value, and the step’s note', async () => {
    const procedure = await procedures.create({ title: 'Inputs', startUrl: 'https://books.example/' });
    const base = { procedureId: procedure.id, pageTitle: 'P', url: 'https://books.example/' };
    await steps.append({
      ...base,
      id: 't1',
      position: 1,
      at: 1,
      type: 'type',
      target: target('Customer'),
      value: 'ACME Corp',
      secret: false,
      input: { label: 'the customer’s name' },
      note: { kind: 'warning', text: 'Check the spelling' },
    } as Step);
    const started = await startGuide(procedure.id);
    const run = (await readRun())!;
    const show = await showFor(run);
    expect(started.tabId).toBeGreaterThan(0);
    expect(show).toMatchObject({
      state: 'step',
      view: { input: 'the customer’s name', note: { kind: 'warning' }, expect: { kind: 'type' } },
    });
    expect(JSON.stringify(show)).not.toContain('ACME Corp');
  });
});

describe('rules', () => {
  it('compares pages by origin and path, whatever query a new version sends', () => {
    expect(samePage('https://a.test/saved?x=…', 'https://a.test/saved?y=…&x=…')).toBe(true);
    expect(samePage('https://a.test/saved', 'https://a.test/other')).toBe(false);
  });

  it('takes a reload or typed address as the person’s, a link right after a step as its result', () => {
    const run = { lastActedAt: { '5': 10_000 } } as unknown as Parameters<typeof countsAsPageStep>[0];
    expect(countsAsPageStep(run, 5, { type: 'reload', qualifiers: [] }, 10_500)).toBe(true);
    expect(countsAsPageStep(run, 5, { type: 'link', qualifiers: ['from_address_bar'] }, 10_500)).toBe(true);
    expect(countsAsPageStep(run, 5, { type: 'link', qualifiers: [] }, 10_500)).toBe(false);
    expect(countsAsPageStep(run, 5, { type: 'link', qualifiers: [] }, 20_000)).toBe(true);
    expect(countsAsPageStep(run, 6, { type: 'link', qualifiers: [] }, 10_500)).toBe(true);
  });

  it('expects what each kind of step asks for', () => {
    const [, click, go, manual] = task('p');
    expect(expectationOf(click!)).toEqual({ kind: 'click', button: 'left' });
    expect(expectationOf(go!)).toEqual({ kind: 'done' });
    expect(expectationOf(manual!)).toEqual({ kind: 'done' });
  });
});
