/** Finds the Chromium binary that drives the built extension; shared by the e2e tests and scripts/demo.ts. */
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to launch: HANDOFF_CHROMIUM when set, else Debian's. Throws one sentence when it is absent. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.HANDOFF_CHROMIUM?.trim() || DEFAULT_CHROMIUM;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${path}: install it with "apt-get install -y chromium" or set HANDOFF_CHROMIUM to another Chromium binary.`,
    );
  }
  return path;
}
