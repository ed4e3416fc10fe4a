/**
 * Issue 11's whole task: entering a transaction in a register built as an ARIA grid, whose entry
 * row's fields have no labels of their own (flatpickr date, Tom Select payee, React Aria category,
 * an amount), then correcting an amount by clicking its cell. The sentences must read as a person
 * would write them: columns for names, the row when it matters, choices instead of letters.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Step } from '../../src/shared/model';
import { sentence } from '../../src/shared/text';
import { humanClick, humanType, personPause, tomSelectShows } from './support/clicks';
import { valueBecomes } from './support/field-value';
import { type RecordedApp, recordOnApp } from './support/record-app';
import { sentenceFigures } from './support/widget-figures';

/**
 * Time between actions, as a person leaves (personPause): also keeps screenshots within Chrome's
 * quota. Not a wait for the recorder: recordOnApp waits for the steps themselves.
 */
const PAUSE_MS = 400;

const EXPECTED = [
  'Go to "Checking account · Acme Books"',
  'Type "2500" into "Balance"',
  'Set "Date" to 12/31/2026',
  'Type "Office Depot" into "Payee" and choose it',
  'Choose "General" in "Category"',
  'Type "84.20" into "Payment"',
  'Click "Add"',
  'Click the "Payment" cell in the row for "Office Depot"',
  'Type "90.00" into "Payment" in the row for "Office Depot"',
];

describe('a grid-style entry form, recorded whole', () => {
  let recorded: RecordedApp | undefined;
  let steps: Step[] = [];

  beforeAll(async () => {
    recorded = await recordOnApp(
      'register/',
      (page) => page.getByRole('grid', { name: 'Register' }).waitFor(),
      enterTransaction,
      // Stop once every step is stored and its screenshot attached, not after a last pause.
      EXPECTED.length,
    );
    steps = recorded.steps;
  }, 120_000);

  afterAll(async () => {
    await recorded?.close();
  });

  it('reads as a person would write it', () => {
    expect(steps.map((s) => sentence(s))).toEqual(EXPECTED);
  });

  it('names every field by its label or column, with no filter letters and no confirm-only keys', () => {
    const figures = sentenceFigures(steps);
    expect(figures).toMatchObject({ confirmKeys: 0, filterLetters: 0 });
    expect(figures.named).toBe(figures.acting);
    console.info(
      `register: ${figures.named}/${figures.acting} acting steps named by a label or column`,
      figures,
    );
  });
});

async function enterTransaction(page: Page): Promise<void> {
  const grid = page.getByRole('grid', { name: 'Register' });

  // The balance field holds a 0; the click puts the caret after it, as it does for a person. It
  // has no accessible name (its "Balance:" is a plain span), so it is found by where it is.
  await humanType(page.locator('.balance').getByRole('textbox'), '2500');
  await personPause(page, PAUSE_MS);

  // Date: the calendar opens on the field; next month, then the 31st.
  const date = grid.getByRole('textbox', { name: 'mm/dd/yyyy' });
  await humanClick(date);
  const calendar = page.locator('.flatpickr-calendar.open');
  await humanClick(calendar.locator('.flatpickr-next-month'));
  await humanClick(calendar.getByLabel('December 31, 2026', { exact: true }));
  await valueBecomes(date, '12/31/2026');
  await personPause(page, PAUSE_MS);

  // Payee: Tom Select, the whole name typed, then its option clicked. Its field has no name (the
  // column names it), and the hidden original select is a combobox too: found by Tom Select's id.
  const payee = grid.locator('#payee-ts-control');
  await humanClick(payee);
  await payee.pressSequentially('Office Depot', { delay: 30 });
  await tomSelectShows(page, 'Office Depot');
  await humanClick(page.locator('.ts-dropdown').getByRole('option', { name: 'Office Depot', exact: true }));
  await personPause(page, PAUSE_MS);

  // Category: React Aria's combobox, filtered by three letters, chosen with the keyboard.
  const category = grid.locator('#category').getByRole('combobox');
  await humanClick(category);
  await category.pressSequentially('Gen', { delay: 40 });
  await page.getByRole('option', { name: 'General' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await valueBecomes(category, 'General');
  await personPause(page, PAUSE_MS);

  await humanType(grid.locator('#payment'), '84.20');
  await personPause(page, PAUSE_MS);
  await humanClick(grid.getByRole('button', { name: 'Add' }));
  await grid.getByRole('gridcell', { name: 'Office Depot' }).waitFor();
  await personPause(page, PAUSE_MS);

  // Correct the amount: the cell turns into a field with its text selected; Enter keeps it.
  await humanClick(grid.getByRole('gridcell', { name: '84.20' }));
  await page.keyboard.type('90.00', { delay: 30 });
  await page.keyboard.press('Enter');
  await grid.getByRole('gridcell', { name: '90.00' }).waitFor();
  await personPause(page, PAUSE_MS);
}
