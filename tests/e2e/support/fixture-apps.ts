/**
 * Builds the fixture apps (tests/e2e/fixtures/apps: real widget libraries from npm) into a
 * gitignored folder with Vite's build API, so the e2e tests serve plain files on 127.0.0.1.
 * No project config: these are pages a person uses, not part of the extension.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const APPS_DIR = fileURLToPath(new URL('../fixtures/apps/', import.meta.url));
/** out/ is gitignored. */
export const APPS_OUT_DIR = fileURLToPath(new URL('../../../out/fixture-apps/', import.meta.url));

let built: Promise<string> | undefined;

/** Builds every app once per test process; resolves to the folder to serve. */
export function buildFixtureApps(): Promise<string> {
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
  }).then(() => APPS_OUT_DIR);
  return built;
}
