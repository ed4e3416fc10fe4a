/**
 * The two browsers Handoff builds for, from one manifest.json. manifest.json is written for Chrome;
 * the Firefox manifest is derived from it here, so permissions and pages are still listed once.
 */

export type Target = 'chrome' | 'firefox';

/** Where each target's build goes (`npm run build`, `npm run build:firefox`). */
export const OUT_DIRS: Record<Target, string> = { chrome: 'dist', firefox: 'dist-firefox' };

/** The add-on's permanent id on addons.mozilla.org; Firefox MV3 requires one in the manifest. */
export const GECKO_ID = 'handoff@handoff.local';

/**
 * 140 (an ESR): the first desktop release that understands `data_collection_permissions`, which
 * addons.mozilla.org requires of new add-ons. Everything else Handoff uses came earlier: module
 * background scripts, storage.session (115), scripting.registerContentScripts.
 */
export const FIREFOX_MIN_VERSION = '140.0';

/** Vite's `--mode` names the target; any other mode builds for Chrome. */
export function targetOf(mode: string): Target {
  return mode === 'firefox' ? 'firefox' : 'chrome';
}

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

/**
 * Firefox runs MV3 background code as an event page (`background.scripts`), not a service worker,
 * and needs an id and a minimum version; Chrome-only keys would only draw lint warnings.
 */
export function firefoxManifest(chrome: Manifest): Manifest {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = chrome;
  const entry = background?.service_worker ?? background?.scripts?.[0];
  if (!entry) throw new Error('manifest.json names no background script');
  return {
    ...rest,
    background: { scripts: [entry], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Handoff sends nothing anywhere: everything stays in the browser's own storage.
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
