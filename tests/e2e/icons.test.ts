/**
 * Both builds carry the Handoff icon: the manifest names it at every size, and each file is a PNG
 * of exactly that size; the toolbar's state icons are in the build too. Read from the built
 * folders, as a browser or a store would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ICON_SIZES, TOOLBAR_ICON_SIZES, toolbarIconPath } from '../../src/shared/icons';
import { firefoxDist } from './support/firefox';
import { distUnderTest } from './support/recorded';

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from a PNG's IHDR chunk, which always comes first after the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  ['Chrome', distUnderTest()],
  ['Firefox', firefoxDist()],
])('the %s build', (_browser, dist) => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    icons: Record<string, string>;
    action: { default_icon: Record<string, string> };
  };

  it('names its icon at 16, 32, 48 and 128 px, each a PNG of that size', () => {
    expect(Object.keys(manifest.icons).map(Number)).toEqual([...APP_ICON_SIZES]);
    for (const [size, path] of Object.entries(manifest.icons)) {
      expect(pngSize(join(dist, path)), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('has the toolbar icon for every state at 16 and 32 px', () => {
    expect(Object.keys(manifest.action.default_icon).map(Number)).toEqual([...TOOLBAR_ICON_SIZES]);
    for (const state of ['idle', 'recording', 'paused'] as const) {
      for (const size of TOOLBAR_ICON_SIZES) {
        const path = join(dist, toolbarIconPath(state, size));
        expect(existsSync(path), path).toBe(true);
        expect(pngSize(path)).toEqual({ width: size, height: size });
      }
    }
  });
});
