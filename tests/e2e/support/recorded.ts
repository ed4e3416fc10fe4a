/**
 * What the extension stored and shows, read from one of its own pages: the newest procedure's
 * steps, every procedure, and the toolbar badge. Added for the fault and hostile-page tests.
 * Pages are driven with plain JS strings: tsx's transform would add `__name` helpers that the
 * browser does not have.
 */
import type { Page } from 'playwright-core';
import type { Procedure, Step } from '../../../src/shared/model';

const OPEN_DB = `new Promise((resolve, reject) => {
  const request = indexedDB.open('handoff');
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
})`;

const READ_ALL = `async (store) => {
  const db = await ${OPEN_DB};
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    return await new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}`;

/** Every procedure stored, oldest first. */
export async function allProcedures(extensionPage: Page): Promise<Procedure[]> {
  const list = (await extensionPage.evaluate(`(${READ_ALL})('procedures')`)) as Procedure[];
  return list.sort((a, b) => a.createdAt - b.createdAt);
}

/** Every step stored, of every procedure, in position order. */
export async function allSteps(extensionPage: Page): Promise<Step[]> {
  const list = (await extensionPage.evaluate(`(${READ_ALL})('steps')`)) as Step[];
  return list.sort((a, b) => a.position - b.position);
}

/** The steps of the newest procedure, in the order the editor shows them. */
export async function newestSteps(extensionPage: Page): Promise<Step[]> {
  const procedures = await allProcedures(extensionPage);
  const newest = procedures.at(-1);
  if (!newest) return [];
  return (await allSteps(extensionPage)).filter((s) => s.procedureId === newest.id);
}

/** Names of the click steps, in order. */
export function clickedNames(steps: readonly Step[]): string[] {
  return steps.flatMap((s) => (s.type === 'click' ? [s.target.name] : []));
}

/** The toolbar badge text: the step count while recording, "II" when paused, "" when idle. */
export function badgeText(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate('chrome.action.getBadgeText({})') as Promise<string>;
}

/** The build under test: HANDOFF_DIST when set (a private build folder), else dist/. */
export function distUnderTest(): string {
  return process.env.HANDOFF_DIST || 'dist';
}
