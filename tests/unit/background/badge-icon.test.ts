/** The toolbar icon follows the recording state: one drawing per state, named in src/shared/icons.ts. */
import { existsSync } from 'node:fs';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showBadge } from '../../../src/background/badge';
import { toolbarIcons } from '../../../src/shared/icons';

describe('the toolbar icon', () => {
  afterEach(() => vi.restoreAllMocks());

  it('switches to the recording, paused and idle drawings, each a committed file', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon');
    await showBadge('recording', 3);
    await showBadge('paused', 3);
    await showBadge('idle', 0);
    const paths = setIcon.mock.calls.map(([details]) => (details as { path: Record<string, string> }).path);
    expect(paths).toEqual([toolbarIcons('recording'), toolbarIcons('paused'), toolbarIcons('idle')]);
    expect(new Set(paths.map((p) => p['16'])).size).toBe(3);
    for (const path of paths.flatMap((p) => Object.values(p)))
      expect(existsSync(`public/${path}`), path).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
