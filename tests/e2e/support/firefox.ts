/**
 * Launches Debian's Firefox ESR headless with Marionette, in a throwaway profile, and installs the
 * built Firefox add-on temporarily. The add-on's pages get a fixed moz-extension:// UUID so the
 * test can open them, and downloads land in a folder of the test's own.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Marionette } from './marionette';

export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

/** The Firefox to launch: HANDOFF_FIREFOX when set, else Debian's firefox-esr; undefined when absent. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env.HANDOFF_FIREFOX?.trim() || DEFAULT_FIREFOX;
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

/** The Firefox build under test: HANDOFF_FIREFOX_DIST when set, else dist-firefox/. */
export function firefoxDist(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.HANDOFF_FIREFOX_DIST || 'dist-firefox');
}

export interface LaunchedFirefox {
  client: Marionette;
  /** The add-on's id, as installed. */
  addonId: string;
  /** moz-extension://UUID/ */
  baseUrl: string;
  downloadDir: string;
  /** Everything Firefox printed, with the add-on's console output (devtools.console.stdout.content). */
  output(): string;
  /** Ends the session, stops Firefox, deletes the profile; safe to call twice. */
  close(): Promise<void>;
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/** Polls for Marionette's port file: Firefox writes it once the server listens. */
async function waitForPort(profile: string, firefox: ChildProcess, timeout: number): Promise<number> {
  const file = join(profile, 'MarionetteActivePort');
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited with code ${firefox.exitCode}`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').trim());
      if (port > 0) return port;
    }
    await delay(50);
  }
  throw new Error(`Marionette did not start within ${timeout} ms`);
}

/** The page a fresh install opens in a new tab (src/background/welcome.ts), when the build has one. */
const WELCOME_PAGE = 'src/welcome/index.html';

async function handles(client: Marionette): Promise<string[]> {
  const result = await client.command<string[] | { value: string[] }>('WebDriver:GetWindowHandles');
  return Array.isArray(result) ? result : result.value;
}

/**
 * Waits for the welcome tab the install opens and closes it, so the test's own tab is the one in
 * front (the keyboard command records the active tab). Waiting for the tab, not for time.
 */
async function closeWelcomeTab(client: Marionette, own: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let welcome: string | undefined;
  while (!welcome) {
    if (Date.now() > deadline) throw new Error(`The welcome tab did not open within ${timeout} ms`);
    welcome = (await handles(client)).find((h) => h !== own);
    if (!welcome) await delay(50);
  }
  await client.command('WebDriver:SwitchToWindow', { handle: welcome, focus: false });
  await client.command('WebDriver:CloseWindow');
  await client.command('WebDriver:SwitchToWindow', { handle: own, focus: true });
}

export async function launchFirefox(
  options: { dist?: string; width?: number; height?: number } = {},
): Promise<LaunchedFirefox> {
  const executable = findFirefox();
  if (!executable)
    throw new Error('Firefox not found: apt-get install -y firefox-esr, or set HANDOFF_FIREFOX.');
  const dist = options.dist ?? firefoxDist();
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const root = mkdtempSync(join(tmpdir(), 'handoff-firefox-'));
  const profile = join(root, 'profile');
  const downloadDir = join(root, 'downloads');
  mkdirSync(profile);
  mkdirSync(downloadDir);
  writeFileSync(
    join(profile, 'user.js'),
    userJs({
      'marionette.port': 0,
      // Pinned so the test knows the address of the add-on's pages before it installs.
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.panel.shown': true,
      // Prints the add-on's console messages and uncaught errors to stdout.
      'devtools.console.stdout.content': true,
      'browser.shell.checkDefaultBrowser': false,
      'browser.startup.page': 0,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'app.update.disabledForTesting': true,
    }),
  );
  const firefox = spawn(
    executable,
    [
      '--marionette',
      '--headless',
      '--no-remote',
      // Needed for the chrome context (the keyboard command) and for opening moz-extension:// pages.
      '--remote-allow-system-access',
      '--width',
      String(options.width ?? 1280),
      '--height',
      String(options.height ?? 800),
      '--profile',
      profile,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  let printed = '';
  firefox.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  firefox.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const exited = new Promise<void>((done) => firefox.once('exit', () => done()));
  let client: Marionette | undefined;
  const close = async (): Promise<void> => {
    if (client) {
      await Promise.race([
        client.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {}),
        exited,
      ]);
      client.close();
      client = undefined;
    }
    if (firefox.exitCode === null && firefox.signalCode === null) {
      firefox.kill('SIGTERM');
      await Promise.race([exited, delay(5_000)]);
      if (firefox.exitCode === null && firefox.signalCode === null) firefox.kill('SIGKILL');
      await exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const port = await waitForPort(profile, firefox, 30_000);
    client = await Marionette.connect(port);
    await client.command('WebDriver:NewSession', {
      capabilities: { alwaysMatch: { acceptInsecureCerts: false } },
    });
    const [own] = await handles(client);
    const installed = await client.command<{ value: string }>('Addon:Install', {
      path: dist,
      temporary: true,
    });
    if (existsSync(join(dist, WELCOME_PAGE))) await closeWelcomeTab(client, own!);
    const session = client;
    return {
      client: session,
      addonId: installed.value,
      baseUrl: `moz-extension://${uuid}/`,
      downloadDir,
      output: () => printed,
      close,
    };
  } catch (error) {
    await close();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${printed.slice(-2000)}`);
  }
}
