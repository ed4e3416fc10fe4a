/**
 * The Firefox build (dist-firefox/, `npm run build:firefox`): its manifest is the Firefox shape of
 * manifest.json, and Mozilla's linter (web-ext lint, what addons.mozilla.org runs) finds no error.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_MIN_VERSION, GECKO_ID } from '../../scripts/targets';
import { firefoxDist } from './support/firefox';

const dist = firefoxDist();
const source = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * Warnings that must stay, each with its reason:
 * - UNSAFE_VAR_ASSIGNMENT in Preact's runtime chunk: Preact sets innerHTML only for
 *   `dangerouslySetInnerHTML`, which no Handoff component uses (a source convention a search of
 *   src/ confirms); the linter cannot tell, as the code path is in the library.
 */
const ACCEPTED_WARNINGS: Array<{ code: string; file: RegExp }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^assets\/jsxRuntime-[\w-]+\.js$/ },
];

describe('the Firefox build', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  > & {
    background: Record<string, unknown>;
    browser_specific_settings: { gecko: Record<string, unknown> };
  };

  it('runs its background as an event page, with an id and a minimum Firefox version', () => {
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.background.scripts).toEqual(['service-worker-loader.js']);
    expect(manifest.background.type).toBe('module');
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest.minimum_chrome_version).toBeUndefined();
  });

  it('asks for the same permissions and commands as the Chrome build', () => {
    for (const key of ['permissions', 'host_permissions', 'commands', 'content_security_policy', 'version'])
      expect(manifest[key], key).toEqual(source[key]);
  });

  it('passes web-ext lint with no error and only the warnings explained above', async () => {
    const run = await promisify(execFile)(
      'node_modules/.bin/web-ext',
      ['lint', '--source-dir', dist, '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(run.stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    const unexplained = report.warnings.filter(
      (w) => !ACCEPTED_WARNINGS.some((a) => a.code === w.code && a.file.test(w.file ?? '')),
    );
    expect(unexplained).toEqual([]);
    // web-ext lint parses every bundle on one core: about 15 s on an idle machine, over a minute
    // when the two cores are busy (it timed out once at 60 s under stress-ng).
  }, 240_000);
});
