/**
 * What Handoff may ask of the browser and expose, exactly as SECURITY.md explains it. The manifest
 * checks (this folder for manifest.json, tests/e2e/built-extension.test.ts for dist/manifest.json)
 * compare against this list, so a new permission, host, exposed file, external connection or
 * looser Content-Security-Policy fails a test until SECURITY.md and this list are changed with it.
 */

export const PERMISSIONS = ['scripting', 'storage', 'unlimitedStorage', 'webNavigation'] as const;

export const HOST_PERMISSIONS = ['<all_urls>'] as const;

export const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Top-level manifest keys Handoff uses. Anything else (content_scripts, web_accessible_resources,
 * externally_connectable, oauth2, sandbox, chrome_url_overrides, declarative_net_request, …) is new
 * surface and must be argued for in SECURITY.md first. `icons` is harmless and expected later. */
export const MANIFEST_KEYS = [
  'manifest_version',
  'name',
  'short_name',
  'description',
  'version',
  'minimum_chrome_version',
  // Names the fallback catalog in _locales/; only words, no code or permissions.
  'default_locale',
  'icons',
  'action',
  'background',
  'permissions',
  'host_permissions',
  'commands',
  'content_security_policy',
] as const;

/** Keys that must be absent, each with the reason SECURITY.md gives. */
export const FORBIDDEN_KEYS: Record<string, string> = {
  web_accessible_resources:
    'no file of the extension may be loaded by, or reveal the extension to, a web page',
  externally_connectable: 'no web page or other extension may message Handoff',
  content_scripts: 'the recorder is injected only into recorded tabs, never declared for every page',
  optional_permissions: 'no permission is requested later either',
  optional_host_permissions: 'no host is requested later either',
  sandbox: 'no sandboxed pages (their CSP allows eval)',
  update_url: 'no self-hosted updates',
  key: 'no pinned id',
};

export interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  background?: { service_worker?: string; type?: string; scripts?: string[] };
}

/** Directive → sources, for comparing policies by meaning rather than by spacing. */
export function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}
