/**
 * Issue 16's personal data, end to end: a CRM's customer table (fixtures/personal/crm.html) with
 * emails, phones, IBANs and an SSN, each painted a colour no stored screenshot may show, recorded
 * with trusted input: opening a customer, clicking an email shown as a button, typing a
 * customer's email into a form, and picking an element with "Cover an element…" from the popup.
 * Every planted value is searched for in IndexedDB, storage.local and .session and in the HTML,
 * Markdown and Handoff downloads; every stored and exported picture is searched for the paint.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Step } from '../../src/shared/model';
import { sentence } from '../../src/shared/text';
import { CUSTOMERS, PERSONAL_PAINT, PICK_PAINT, TYPED_EMAIL } from './fixtures/personal/values';
import { humanClick, humanType, personPause } from './support/clicks';
import { type ColourHits, colourInImageBytes, colourInStoredImages } from './support/colour-count';
import { downloadExport, type ExportedFile } from './support/exports';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { distUnderTest, newestSteps } from './support/recorded';
import { type FixtureServer, startServer } from './support/server';
import { dumpStorage } from './support/storage-dump';
import { waitForScreenshotsAttached, waitForStepCount, waitUntil } from './support/waits';

/** Re-encoding and anti-aliasing move colours a little; nothing else on the page is near these. */
const TOLERANCE = 40;

const PLANTED: ReadonlyArray<{ name: string; value: string }> = [
  ...CUSTOMERS.flatMap((c) => [
    { name: `${c.name}: email`, value: c.email },
    { name: `${c.name}: phone`, value: c.phone },
    ...('iban' in c
      ? [
          { name: `${c.name}: IBAN`, value: c.iban },
          { name: `${c.name}: IBAN without spaces`, value: c.iban.replace(/ /g, '') },
        ]
      : []),
    ...('ssn' in c ? [{ name: `${c.name}: SSN`, value: c.ssn }] : []),
  ]),
  { name: 'typed email', value: TYPED_EMAIL },
  { name: 'typed email, local part', value: TYPED_EMAIL.split('@')[0]! },
];

/** Places a planted value could hide in: plain, URL-encoded, JSON- or HTML-escaped. */
function spellings(value: string): string[] {
  return [value, encodeURIComponent(value), value.replace(/@/g, '&#64;'), value.replace(/@/g, '\\u0040')];
}

const EXPECTED: readonly string[] = [
  'Go to "Customers – Orbit CRM"',
  'Click "Open" in the row for "Ada Lovelace"',
  "Click the customer's email",
  'Type the customer\'s email into "Email"',
  'Click "Save note"',
  'Click "Restore"',
];

describe('personal data on a CRM page (issue 16)', () => {
  let ext: LaunchedExtension;
  let server: FixtureServer;
  let popup: Page;
  let steps: Step[] = [];
  /** Steps recorded after the element was picked: their pictures must not show PICK_PAINT. */
  let stepsBeforePick = 0;
  const exported: ExportedFile[] = [];
  const places: Record<string, string> = {};
  let paintOnPage = 0;
  let pickPaintOnPage = 0;
  let popupCovering = '';
  let popupLast = '';
  let pickedRules: unknown;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchExtension({ dist: distUnderTest() });
    const { context } = ext;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    popup = await openPopup(context, ext.extensionId);
    await page.goto(server.url('personal/crm.html'));
    await page.bringToFront();
    // Sanity: the paint is on screen when nothing records, so finding none later means something.
    const shot = [{ name: 'page before recording', bytes: new Uint8Array(await page.screenshot()) }];
    paintOnPage = (await colourInImageBytes(popup, shot, PERSONAL_PAINT, TOLERANCE))[0]!.count;
    pickPaintOnPage = (await colourInImageBytes(popup, shot, PICK_PAINT, TOLERANCE))[0]!.count;

    await startRecording(popup, page);
    await waitForStepCount(popup, 1);
    await personPause(page);

    // "Cover an element…" from the popup, then the element clicked on the page.
    await popup.getByRole('button', { name: 'Cover an element…' }).click();
    await popup.getByText('Click the element on the page').waitFor();
    await page.bringToFront();
    await humanClick(page.locator('#account-notes'));
    pickedRules = await waitUntil('the picked rule in the settings', async () => {
      const stored = await popup.evaluate(async () => {
        const ext = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        return (await ext.storage.local.get('personalData')).personalData as
          | { picked?: unknown[] }
          | undefined;
      });
      return stored?.picked?.length ? stored.picked : undefined;
    });
    stepsBeforePick = (await newestSteps(popup)).length;
    await personPause(page);

    await humanClick(page.getByRole('row', { name: /Ada Lovelace/ }).getByRole('button', { name: 'Open' }));
    await page.getByText('Opened Ada Lovelace').waitFor();
    await waitForStepCount(popup, 2);
    await personPause(page);
    await humanClick(page.getByRole('button', { name: CUSTOMERS[0].email }));
    await page.getByText('Composing a message').waitFor();
    await waitForStepCount(popup, 3);
    await personPause(page);
    await humanType(page.getByLabel('Email'), TYPED_EMAIL);
    await waitForStepCount(popup, 4);
    await personPause(page);
    await humanClick(page.getByRole('button', { name: 'Save note' }));
    await page.getByText('Note saved').waitFor();
    await waitForStepCount(popup, 5);
    await personPause(page);
    // Scrolled two screens down, as a person would with the wheel, to a row found while out of view.
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 1800);
    await page.getByRole('button', { name: 'Restore' }).waitFor();
    await personPause(page);
    await humanClick(page.getByRole('button', { name: 'Restore' }));
    await page.getByText('Restored Alan Turing').waitFor();
    await waitForStepCount(popup, EXPECTED.length);
    await waitForScreenshotsAttached(popup);

    const status = popup.getByRole('region', { name: 'Personal data' });
    popupCovering = (await status.getByText(/^Covering /).textContent()) ?? '';
    popupLast = (await status.getByText(/filled in the last screenshot/).textContent()) ?? '';

    const editor = await stopRecording(popup, context);
    steps = await newestSteps(popup);
    for (const button of ['Download HTML', 'Download Markdown', 'Download Handoff file']) {
      exported.push(await downloadExport(editor, button));
    }
    const { dump } = await dumpStorage(popup);
    for (const [db, stores] of Object.entries(dump.indexedDB)) {
      for (const [store, records] of Object.entries(stores))
        places[`IndexedDB ${db}/${store}`] = JSON.stringify(records);
    }
    places['storage.local'] = JSON.stringify(dump.local);
    places['storage.session'] = JSON.stringify(dump.session);
    for (const file of exported) places[`${file.format} (${file.fileName})`] = file.text;
  }, 150_000);

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints the planted values on screen when nothing records', () => {
    expect(paintOnPage).toBeGreaterThan(2000);
    expect(pickPaintOnPage).toBeGreaterThan(2000);
  });

  it('says what each step did without the personal data', () => {
    const sentences = steps.map((s) => sentence(s));
    console.log(`personal-data e2e: ${sentences.map((s, i) => `\n  ${i + 1}. ${s}`).join('')}`);
    expect(sentences).toHaveLength(EXPECTED.length);
    expect(sentences).toEqual(EXPECTED);
    const typed = steps[3];
    expect(typed).toMatchObject({ type: 'type', secret: true, secretKind: 'email' });
    expect(typed && 'value' in typed ? typed.value : undefined).toBeUndefined();
  });

  it('finds no planted value in any store or download', () => {
    expect(exported).toHaveLength(3);
    expect(Object.keys(places).some((p) => p.endsWith('/steps'))).toBe(true);
    const leaks = PLANTED.flatMap((planted) =>
      Object.entries(places).flatMap(([place, text]) =>
        spellings(planted.value).some((s) => text.includes(s)) ? [`${planted.name} in ${place}`] : [],
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('records the boxes it covered, by kind, on the step pictures', () => {
    const kinds = new Set(steps.flatMap((s) => s.image?.covered?.map((c) => c.kind) ?? []));
    expect([...kinds].sort()).toEqual(['email', 'iban', 'national-id', 'phone', 'picked']);
    // The typed email's field is covered on the pictures taken once it held the value.
    const saveStep = steps[4];
    expect(saveStep?.image?.covered?.length).toBeGreaterThanOrEqual(12);
    // Scrolled down: the archived row, found while out of view, is covered now that it shows.
    expect(
      steps[5]?.image?.covered?.filter((c) => c.kind === 'email' || c.kind === 'phone').length,
    ).toBeGreaterThanOrEqual(2);
    expect(popupCovering).toMatch(
      /^Covering emails, phone numbers, card numbers, IBANs, national ids,? and IP addresses$/,
    );
    expect(popupLast).toMatch(/^\d+ boxes filled in the last screenshot$/);
    expect(pickedRules).toEqual([{ site: server.origin, selector: '#account-notes' }]);
  });

  it('stores and exports no picture with a pixel of the paint', async () => {
    const stored = await colourInStoredImages(popup, PERSONAL_PAINT, TOLERANCE);
    expect(stored.length).toBeGreaterThanOrEqual(EXPECTED.length - 1);
    const images = exported.flatMap((file) => file.images);
    expect(images.length).toBeGreaterThan(0);
    const inExports = await colourInImageBytes(popup, images, PERSONAL_PAINT, TOLERANCE);
    const hit = (h: ColourHits) => `${h.name}: ${h.count} px, first at ${h.first?.x},${h.first?.y}`;
    expect(stored.filter((h) => h.count > 0).map(hit)).toEqual([]);
    expect(inExports.filter((h) => h.count > 0).map(hit)).toEqual([]);
  });

  it('covers the picked element in every picture taken after it was picked', async () => {
    const after = new Set(steps.slice(stepsBeforePick).flatMap((s) => (s.image ? [s.image.imageId] : [])));
    expect(after.size).toBeGreaterThan(0);
    const stored = await colourInStoredImages(popup, PICK_PAINT, TOLERANCE);
    const hits = stored
      .filter((h) => after.has(h.name) && h.count > 0)
      .map((h) => `${h.name}: ${h.count} px`);
    expect(hits).toEqual([]);
  });
});
