/**
 * The source manifest against the allowlist that mirrors SECURITY.md. The built manifest
 * (dist/manifest.json, after crxjs and vite.config.ts have rewritten it) is checked the same way in
 * tests/e2e/built-extension.test.ts, because the unit phase of `npm test` runs before the build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXTENSION_PAGES_CSP,
  FORBIDDEN_KEYS,
  HOST_PERMISSIONS,
  MANIFEST_KEYS,
  type Manifest,
  PERMISSIONS,
  parseCsp,
} from './allowlist';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const securityDoc = readFileSync('SECURITY.md', 'utf8');

describe('manifest.json', () => {
  it('asks for exactly the permissions SECURITY.md explains', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...PERMISSIONS].sort());
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...HOST_PERMISSIONS].sort());
  });

  it('uses no manifest key outside the allowlist and none of the forbidden ones', () => {
    const unknown = Object.keys(manifest).filter((k) => !(MANIFEST_KEYS as readonly string[]).includes(k));
    expect(unknown, 'new manifest keys: explain them in SECURITY.md and allowlist.ts').toEqual([]);
    for (const [key, reason] of Object.entries(FORBIDDEN_KEYS))
      expect(manifest[key], `${key}: ${reason}`).toBeUndefined();
  });

  it('has the strict Content-Security-Policy for extension pages, and no sandbox policy', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(parseCsp(csp)).toEqual(parseCsp(EXTENSION_PAGES_CSP));
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    const scriptSrc = parseCsp(csp)['script-src'] ?? [];
    expect(scriptSrc).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('is a Manifest V3 extension with a module service worker', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background?.type).toBe('module');
  });

  it('is documented: SECURITY.md names every permission, host and the policy', () => {
    for (const permission of [...PERMISSIONS, ...HOST_PERMISSIONS])
      expect(securityDoc).toContain(`\`${permission}\``);
    expect(securityDoc).toContain(EXTENSION_PAGES_CSP);
    for (const key of Object.keys(FORBIDDEN_KEYS).slice(0, 3)) expect(securityDoc).toContain(`\`${key}\``);
  });
});
