/**
 * How often the recorder's window listeners come before a page's own on pages loaded while
 * recording. tests/e2e/fixtures/hostile (external scripts) and hostile-inline (an inline script in
 * the head) stop pointer events at the window in the capture phase; a click on their Archive
 * button is recorded only when the recorder's listener was added first (SECURITY.md, known limits).
 */
import { humanClick } from '../tests/e2e/support/clicks';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { openPopup, startRecording } from '../tests/e2e/support/popup';
import { startServer } from '../tests/e2e/support/server';
import { newestProcedure } from './extension-page';
import { sleep } from './stats';

export interface RaceResult {
  loads: number;
  recorded: number;
}

export async function measureListenerRace(ext: LaunchedExtension, loads = 20): Promise<RaceResult> {
  const server = await startServer();
  try {
    const target = await ext.context.newPage();
    await target.goto(server.url('faults/'));
    const popup = await openPopup(ext.context, ext.extensionId);
    await startRecording(popup, target);
    for (let i = 0; i < loads; i++) {
      await target.goto(server.url(i % 2 === 0 ? 'hostile/' : 'hostile-inline/'));
      await humanClick(target.getByRole('button', { name: 'Archive', exact: true }));
      await target.locator('#toolkit-status').getByText('Archived').waitFor();
    }
    await sleep(2000);
    const { steps } = await newestProcedure(popup);
    const recorded = steps.filter((s) => s.type === 'click' && s.target.name === 'Archive').length;
    return { loads, recorded };
  } finally {
    await server.close();
  }
}
