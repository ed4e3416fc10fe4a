/** The burst rule: one version per burst of edits followed by a pause, or when the burst is ended early. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VERSION_PAUSE_MS, VersionBurst } from '../../../src/editor/state/version-burst';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('VersionBurst', () => {
  it('saves one version after a burst of edits and a pause, not one per edit', async () => {
    const save = vi.fn(async () => undefined);
    const burst = new VersionBurst(save);
    for (let i = 0; i < 20; i++) {
      burst.edited();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(VERSION_PAUSE_MS - 1000 - 1);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(burst.pending).toBe(false);
    // Nothing more without new edits.
    await vi.advanceTimersByTimeAsync(10 * VERSION_PAUSE_MS);
    expect(save).toHaveBeenCalledTimes(1);
    // A new burst is a new version.
    burst.edited();
    await vi.advanceTimersByTimeAsync(VERSION_PAUSE_MS);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('saves at once when the burst is ended (the editor closing), and only once', async () => {
    const save = vi.fn(async () => undefined);
    const burst = new VersionBurst(save);
    await burst.end();
    expect(save).not.toHaveBeenCalled();
    burst.edited();
    expect(burst.pending).toBe(true);
    await burst.end();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * VERSION_PAUSE_MS);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('swallows a failed save: history must never break editing', async () => {
    const burst = new VersionBurst(async () => {
      throw new Error('disk full');
    });
    burst.edited();
    await expect(burst.end()).resolves.toBeUndefined();
  });
});
