import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest, OUT_DIRS, type Target, targetOf } from './scripts/targets';

/**
 * crxjs lists the content script in web_accessible_resources so that pages could load it.
 * Handoff injects it with scripting.executeScript, which needs no such entry; exposing it would
 * only let any web page detect that Handoff is installed. Runs after crxjs has written the file.
 */
function exposeNothingToPages(): Plugin {
  return {
    name: 'handoff:expose-nothing-to-pages',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: unknown };
      delete built.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

/** crxjs for one browser; Firefox gets the manifest derived from manifest.json. */
function extension(target: Target): PluginOption[] {
  const forTarget = target === 'firefox' ? firefoxManifest(manifest) : manifest;
  return crx({ manifest: forTarget as Parameters<typeof crx>[0]['manifest'], browser: target });
}

// `vite build` builds for Chrome into dist/; `vite build --mode firefox` for Firefox into dist-firefox/.
export default defineConfig(({ mode }) => ({
  plugins: [preact(), extension(targetOf(mode)), exposeNothingToPages()],
  build: {
    outDir: OUT_DIRS[targetOf(mode)],
    emptyOutDir: true,
    target: targetOf(mode) === 'firefox' ? 'firefox140' : 'chrome120',
    // Extension pages load from disk; source maps only add weight to the package.
    sourcemap: false,
    // Chrome supports modulepreload; the polyfill would only add an unused fetch() to the pages.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // Pages the manifest does not name are opened by the extension itself.
      input: {
        editor: 'src/editor/index.html',
        library: 'src/library/index.html',
        welcome: 'src/welcome/index.html',
      },
    },
  },
}));
