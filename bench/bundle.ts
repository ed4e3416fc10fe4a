/**
 * What each part of the built extension loads: the content script, the service worker and each
 * extension page, following static imports between chunks. Raw and gzip bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundlePart {
  name: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** Static imports in minified ES modules: `import"./x.js"`, `from"./x.js"`, and modulepreload links. */
function importsOf(dist: string, file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  const found = new Set<string>();
  const base = posix.dirname(file);
  for (const m of text.matchAll(/(?:\bimport|\bfrom)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    found.add(posix.normalize(posix.join(base, m[1]!)));
  }
  return [...found];
}

function closure(dist: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    for (const next of importsOf(dist, file)) visit(next);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

function measure(dist: string, name: string, files: string[]): BundlePart {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { name, files: files.sort(), rawBytes, gzipBytes };
}

function htmlPages(dist: string, dir = 'src'): string[] {
  const out: string[] = [];
  const full = join(dist, dir);
  if (!existsSync(full)) return out;
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlPages(dist, path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** Script and modulepreload URLs of a page, as paths inside dist. */
function pageScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const urls = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return urls.map((url) =>
    url.startsWith('/') ? url.slice(1) : relative(resolve(dist), resolve(dist, dirname(page), url)),
  );
}

export function measureBundles(distDir: string): BundlePart[] {
  const dist = resolve(distDir);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const parts: BundlePart[] = [];
  parts.push(measure(dist, 'content script', ['src/content/bootstrap.js']));
  const worker = manifest.background?.service_worker;
  if (worker) parts.push(measure(dist, 'service worker', closure(dist, [worker])));
  for (const page of htmlPages(dist)) {
    parts.push(
      measure(
        dist,
        `page ${page.replace(/^src\//, '').replace(/\/index\.html$/, '')}`,
        closure(dist, pageScripts(dist, page)),
      ),
    );
  }
  return parts;
}
