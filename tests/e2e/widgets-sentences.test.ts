/**
 * Issue 11: widgets from real npm libraries (React Aria Components, Tom Select, flatpickr, Quill,
 * a classic editor's frame), recorded with trusted input, each read back as the one sentence a
 * person would write: no "the field", no value for a name, no filter letters, no confirm-only keys.
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
  'Go to "Subscription settings · Acme Books"',
  'Open the "Bills" tab',
  'Open the "Reports" tab',
  'Choose "General" in "Category"',
  'Choose "Travel" in "Expense type"',
  'Choose "Sent" in "Status"',
  'Open the "More" menu and choose "Export"',
  'Open the "More" menu and choose "Archive"',
  'Set "Start date" to 12/31/2026',
  'Set "Start date" to 1/15/2027',
  'Switch on "Auto-renew"',
  'Choose "Yearly"',
  'Type "Office Depot" into "Payee" and choose it',
  'Choose "Staples" in "Vendor"',
  'Set "Due date" to 12/31/2026',
  'Type "(555) 123-4567" into "Phone"',
  'Type "2,500" into "Amount"',
  'Type "Line one Line two" into "Notes"',
  'Type "Net 30. Late fees apply." into "Terms"',
];

describe('widgets from real component libraries', () => {
  let recorded: RecordedApp | undefined;
  let steps: Step[] = [];

  beforeAll(async () => {
    recorded = await recordOnApp(
      'widgets/',
      (page) => page.getByRole('tab', { name: 'Bills' }).waitFor(),
      act,
      // Stop once every step is stored and its screenshot attached, not after a last pause.
      EXPECTED.length,
    );
    steps = recorded.steps;
  }, 120_000);

  afterAll(async () => {
    await recorded?.close();
  });

  it('records each widget as the sentence a person would write', () => {
    expect(steps.map((s) => sentence(s))).toEqual(EXPECTED);
  });

  it('leaves no "the field", no filter letters and no confirm-only keys', () => {
    const sentences = steps.map((s) => sentence(s));
    expect(sentences.filter((s) => s.includes('the field'))).toEqual([]);
    const figures = sentenceFigures(steps);
    expect(figures.confirmKeys).toBe(0);
    expect(figures.filterLetters).toBe(0);
    expect(steps.some((s) => s.type === 'type' && s.value === 'Gen')).toBe(false);
    expect(figures.named).toBe(figures.acting);
    console.info(
      `widgets: ${figures.named}/${figures.acting} acting steps named by a label or column`,
      figures,
    );
  });

  it('keeps the technical details under each step', () => {
    const combobox = steps.find((s) => s.type === 'select' && s.option === 'General');
    expect(combobox?.target?.role).toBe('combobox');
    expect(combobox?.target?.selectors[0]?.[0]).toBeTruthy();
    expect(steps.find((s) => s.type === 'select' && s.widget === 'menu')?.target?.role).toBe('button');
  });
});

async function act(page: Page): Promise<void> {
  await humanClick(page.getByRole('tab', { name: 'Bills' }));
  await personPause(page, PAUSE_MS);
  // Arrow keys select the next tab (automatic activation): one step for where they stop.
  await page.keyboard.press('ArrowRight');
  await page.getByRole('tab', { name: 'Reports', selected: true }).waitFor();
  await personPause(page, PAUSE_MS);

  // Filter letters, a highlighted option, Enter: one choice.
  const category = page.getByRole('combobox', { name: 'Category' });
  await humanClick(category);
  await category.pressSequentially('Gen', { delay: 40 });
  await page.getByRole('option', { name: 'General' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await valueBecomes(category, 'General');
  await personPause(page, PAUSE_MS);

  // Filter letters, a highlighted option, Tab: React Aria takes the option as focus moves on.
  const expenseType = page.getByRole('combobox', { name: 'Expense type' });
  await humanClick(expenseType);
  await expenseType.pressSequentially('Tra', { delay: 40 });
  await page.getByRole('option', { name: 'Travel' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await valueBecomes(expenseType, 'Travel');
  await personPause(page, PAUSE_MS);

  // A select button whose name is "Draft Status": the value is not its name.
  await humanClick(page.getByRole('button', { name: 'Draft Status' }));
  await humanClick(page.getByRole('option', { name: 'Sent' }));
  await personPause(page, PAUSE_MS);

  await humanClick(page.getByRole('button', { name: 'More' }));
  await humanClick(page.getByRole('menuitem', { name: 'Export' }));
  await personPause(page, PAUSE_MS);

  // The same menu with the keyboard: Enter opens it on its first item, arrows move, Enter chooses.
  await page.getByRole('button', { name: 'More' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Export' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor({ state: 'detached' });
  await personPause(page, PAUSE_MS);

  // React Aria's segmented date field: digits typed into month, day and year; Tab leaves it.
  await humanClick(page.getByRole('spinbutton', { name: /^month, Start date/ }));
  await page.keyboard.type('12312026', { delay: 60 });
  await page.keyboard.press('Tab');
  await personPause(page, PAUSE_MS);
  // The same field from its calendar: open, next month, a day.
  await humanClick(page.getByRole('group', { name: 'Start date' }).getByRole('button'));
  const dialog = page.getByRole('dialog');
  // React Aria adds a hidden second "Next" for screen readers; the first is the one on screen.
  await humanClick(dialog.getByRole('button', { name: 'Next' }).first());
  await humanClick(dialog.getByRole('button', { name: /January 15, 2027/ }));
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await personPause(page, PAUSE_MS);

  // React Aria's switch and radios hide their inputs; a person clicks their labels.
  await humanClick(page.getByText('Auto-renew', { exact: true }));
  await personPause(page, PAUSE_MS);
  await humanClick(page.getByText('Yearly', { exact: true }));
  await personPause(page, PAUSE_MS);

  // Tom Select: the whole name typed, then the option clicked.
  const payee = page.getByRole('combobox', { name: 'Payee', exact: true });
  await humanClick(payee);
  await payee.pressSequentially('Office Depot', { delay: 30 });
  await tomSelectShows(page, 'Office Depot');
  await humanClick(page.locator('.ts-dropdown').getByRole('option', { name: 'Office Depot', exact: true }));
  await personPause(page, PAUSE_MS);

  // Tom Select set to choose on Tab: letters, then Tab on the option it highlights.
  const vendor = page.getByRole('combobox', { name: 'Vendor', exact: true });
  await humanClick(vendor);
  await vendor.pressSequentially('Sta', { delay: 30 });
  await tomSelectShows(page, 'Sta');
  await page.locator('#vendor-ts-dropdown .active').filter({ hasText: 'Staples' }).waitFor();
  await page.keyboard.press('Tab');
  await page.locator('#vendor + .ts-wrapper .item').filter({ hasText: 'Staples' }).waitFor();
  await personPause(page, PAUSE_MS);

  // flatpickr: open, next month, pick the 31st.
  await humanClick(page.getByRole('textbox', { name: 'Due date' }));
  const calendar = page.locator('.flatpickr-calendar.open');
  await humanClick(calendar.locator('.flatpickr-next-month'));
  await humanClick(calendar.getByLabel('December 31, 2026', { exact: true }));
  await valueBecomes(page.getByRole('textbox', { name: 'Due date' }), '12/31/2026');
  await personPause(page, PAUSE_MS);

  // Masked fields: the formatted value is what the person sees and meant; the amount's 0 is a default.
  await humanType(page.getByRole('textbox', { name: 'Phone' }), '5551234567');
  await personPause(page, PAUSE_MS);
  await humanType(page.getByRole('textbox', { name: 'Amount *' }), '2500');
  await personPause(page, PAUSE_MS);

  // Quill: two paragraphs, one typing step.
  const notes = page.locator('#notes .ql-editor');
  await humanClick(notes);
  await page.keyboard.type('Line one', { delay: 30 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Line two', { delay: 30 });
  await personPause(page, PAUSE_MS);

  // A classic editor: the editable document is a frame titled "Terms"; Tab leaves it.
  const terms = page.frameLocator('iframe[title="Terms"]').locator('body');
  await humanClick(terms);
  await page.keyboard.press('End');
  await page.keyboard.type(' Late fees apply.', { delay: 30 });
  await page.keyboard.press('Tab');
  await personPause(page, PAUSE_MS);
}
