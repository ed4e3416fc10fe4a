/**
 * `npm run package`: zips the two builds for the stores, and the sources for Firefox's review
 * (addons.mozilla.org asks for them when the add-on's code is bundled or minified), into packages/:
 *   handoff-chrome-<version>.zip, handoff-firefox-<version>.zip, handoff-source-<version>.zip
 * The same commit gives byte-identical zips: entries sorted, one fixed timestamp, fixed compression.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Zippable, zipSync } from 'fflate';
import { OUT_DIRS } from './targets';

/**
 * 1980-01-01 00:00, the first time a zip can hold, built from local fields: zip stores local
 * time, and fflate reads the Date's local fields, so any time zone writes the same bytes.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Never shipped in a store package: source maps, dotfiles (Vite's .vite/ manifest), sources. */
export function isShippable(path: string): boolean {
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.') || p === 'node_modules' || p === 'tests')) return false;
  return !/\.(map|ts|tsx)$/.test(path);
}

/** Source files for review: what git tracks, less the tests and benchmarks a build does not need. */
export function isReviewSource(path: string): boolean {
  return !/^(tests|bench)\//.test(path);
}

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

/** A zip of `paths` (read from `root`) whose bytes depend only on the files' paths and contents. */
export function deterministicZip(root: string, paths: readonly string[]): Uint8Array {
  const entries: Zippable = {};
  // Code-point order, not locale order, so every machine sorts alike.
  for (const path of [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    entries[path] = [new Uint8Array(readFileSync(join(root, path))), { mtime: FIXED_TIME, level: 9 }];
  }
  return zipSync(entries, { mtime: FIXED_TIME });
}

export interface Packages {
  chrome: string;
  firefox: string;
  source: string;
}

export function packageAll(
  options: { chromeDist?: string; firefoxDist?: string; outDir?: string; root?: string } = {},
): Packages {
  const root = options.root ?? '.';
  const chromeDist = options.chromeDist ?? join(root, OUT_DIRS.chrome);
  const firefoxDist = options.firefoxDist ?? join(root, OUT_DIRS.firefox);
  const outDir = options.outDir ?? join(root, 'packages');
  const { version } = JSON.parse(readFileSync(join(chromeDist, 'manifest.json'), 'utf8')) as {
    version: string;
  };
  mkdirSync(outDir, { recursive: true });
  const write = (name: string, bytes: Uint8Array) => {
    const file = join(outDir, `handoff-${name}-${version}.zip`);
    writeFileSync(file, bytes);
    return file;
  };
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((path) => path !== '' && isReviewSource(path) && existsSync(join(root, path)));
  return {
    chrome: write('chrome', deterministicZip(chromeDist, filesUnder(chromeDist).filter(isShippable))),
    firefox: write('firefox', deterministicZip(firefoxDist, filesUnder(firefoxDist).filter(isShippable))),
    source: write('source', deterministicZip(root, tracked)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of Object.values(packageAll())) console.log(file);
}
