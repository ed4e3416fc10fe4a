/** One fixture server for a file and a fresh browser with the extension for every test in it. */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type LaunchedExtension, launchExtension } from './extension';
import { distUnderTest } from './recorded';
import { type FixtureServer, startServer } from './server';

/** Registers the hooks; call inside a describe block. The getters throw outside a test. */
export function freshExtensionPerTest(): { server(): FixtureServer; ext(): LaunchedExtension } {
  let server: FixtureServer | undefined;
  let ext: LaunchedExtension | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    ext = await launchExtension({ dist: distUnderTest() });
  });
  afterEach(async () => {
    await ext?.close();
    ext = undefined;
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`No ${what}: use it inside a test.`);
    return value;
  };
  return { server: () => need(server, 'fixture server'), ext: () => need(ext, 'extension') };
}
