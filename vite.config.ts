import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

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

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: manifest as Parameters<typeof crx>[0]['manifest'] }),
    exposeNothingToPages(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    // Extension pages load from disk; source maps only add weight to the package.
    sourcemap: false,
    // Chrome supports modulepreload; the polyfill would only add an unused fetch() to the pages.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // Pages the manifest does not name are opened by the extension itself.
      input: {
        editor: 'src/editor/index.html',
        library: 'src/library/index.html',
      },
    },
  },
});
