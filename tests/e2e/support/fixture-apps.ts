/**
 * Builds the fixture apps (tests/e2e/fixtures/apps: real widget libraries from npm) into a
 * gitignored folder with Vite's build API, so the e2e tests serve plain files on 127.0.0.1.
 * No project config: these are pages a person uses, not part of the extension.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const APPS_DIR = fileURLToPath(new URL('../fixtures/apps/', import.meta.url));
/** out/ is gitignored. */
export const APPS_OUT_DIR = fileURLToPath(new URL('../../../out/fixture-apps/', import.meta.url));

/** Written after a build; a build newer than every source and the lockfile is reused. */
const STAMP = join(APPS_OUT_DIR, '.built');
const LOCKFILE = fileURLToPath(new URL('../../../package-lock.json', import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function upToDate(): boolean {
  if (!existsSync(STAMP)) return false;
  return statSync(STAMP).mtimeMs > Math.max(newestSource(APPS_DIR), statSync(LOCKFILE).mtimeMs);
}

let built: Promise<string> | undefined;

/** Builds every app once (each e2e file runs in its own worker, so also reuses a fresh build). */
export function buildFixtureApps(): Promise<string> {
  if (!built && upToDate()) built = Promise.resolve(APPS_OUT_DIR);
  built ??= build({
    configFile: false,
    root: APPS_DIR,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: APPS_OUT_DIR,
      emptyOutDir: true,
      // Readable when a test fails inside a widget; minifying would only cost time.
      minify: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: {
          widgets: `${APPS_DIR}widgets/index.html`,
          register: `${APPS_DIR}register/index.html`,
        },
      },
    },
  }).then(() => {
    writeFileSync(STAMP, new Date().toISOString());
    return APPS_OUT_DIR;
  });
  return built;
}
