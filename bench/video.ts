/**
 * The video walkthrough (issue 17): a seeded procedure rendered through the editor's own Download
 * video button, timed from the press to the download event, with the file's size, the editor
 * page's peak JS heap (DevTools protocol, Runtime.getHeapUsage) and the peak memory of all the
 * browser's processes (proportional set size from /proc, which counts the encoder's buffers and
 * decoded screenshots that the JS heap does not) while it renders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { VIEWPORT } from './browser';
import { openEditor } from './editor-load';
import { DATABASE_PAGE, openExtensionPage, seedProcedure } from './extension-page';

export interface VideoTiming {
  steps: number;
  resolution: '720p' | '1080p';
  ms: number;
  bytes: number;
  /** Seconds of video. */
  seconds: number;
  heapBaseMiB: number;
  heapPeakMiB: number;
  pssBaseMiB: number;
  pssPeakMiB: number;
}

const MIB = 1024 * 1024;

function readProc(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The browser's processes: those started with this profile and every descendant of them. */
function browserPids(userDataDir: string): number[] {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<number, number>();
  const roots: number[] = [];
  for (const d of all) {
    const pid = Number(d);
    const stat = readProc(`/proc/${d}/stat`);
    // The command name may hold spaces and parentheses: the parent pid follows the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parent.set(pid, ppid);
    if (readProc(`/proc/${d}/cmdline`).includes(userDataDir)) roots.push(pid);
  }
  const found = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!found.has(pid) && found.has(ppid)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  return [...found];
}

/**
 * Proportional set size summed over the processes: each shared page counted once in all (resident
 * size would count the browser's shared libraries once per process).
 */
function pssBytes(pids: readonly number[]): number {
  let kb = 0;
  for (const pid of pids) {
    const match = /^Pss:\s+(\d+) kB/m.exec(readProc(`/proc/${pid}/smaps_rollup`));
    if (match) kb += Number(match[1]);
  }
  return kb * 1024;
}

export async function measureVideo(
  ext: LaunchedExtension,
  png: { base64: string },
  steps: number,
  resolution: '720p' | '1080p',
  keepIn: string,
): Promise<VideoTiming> {
  const seeder = await openExtensionPage(ext.context, ext.extensionId, DATABASE_PAGE);
  const id = await seedProcedure(seeder, steps, png.base64, VIEWPORT);
  await seeder.close();
  const editor = await openEditor(ext, id);
  const button = editor.getByRole('button', { name: 'Download video', exact: true });
  await button.and(editor.locator(':enabled')).waitFor({ timeout: 30_000 });
  await editor.getByText('Video settings').click();
  await editor.getByLabel('Video size').selectOption(resolution);
  await editor.getByLabel('Time per step').selectOption('4');
  // Closed again, so the panel does not cover the steps while the page renders.
  await editor.getByText('Video settings').click();
  await button.and(editor.locator(':enabled')).waitFor({ timeout: 30_000 });

  const cdp = await ext.context.newCDPSession(editor);
  const heap = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  const pids = browserPids(ext.userDataDir);
  const heapBase = await heap();
  const pssBase = pssBytes(pids);
  let heapPeak = heapBase;
  let pssPeak = pssBase;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      heapPeak = Math.max(heapPeak, await heap().catch(() => 0));
      pssPeak = Math.max(pssPeak, pssBytes(browserPids(ext.userDataDir)));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();

  const started = Date.now();
  const [download] = await Promise.all([
    editor.waitForEvent('download', { timeout: 1_800_000 }),
    button.click(),
  ]);
  const ms = Date.now() - started;
  sampling = false;
  await sampler;
  const savedAs = join(keepIn, `${steps}-${resolution}-${download.suggestedFilename()}`);
  await download.saveAs(savedAs);
  await download.delete();
  await cdp.detach();
  await editor.close();
  return {
    steps,
    resolution,
    ms,
    bytes: statSync(savedAs).size,
    // Title and end cards of 3 s each, 4 s a step (src/shared/video/timeline.ts).
    seconds: 6 + 4 * steps,
    heapBaseMiB: heapBase / MIB,
    heapPeakMiB: heapPeak / MIB,
    pssBaseMiB: pssBase / MIB,
    pssPeakMiB: pssPeak / MIB,
  };
}
