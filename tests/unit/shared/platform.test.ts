/** The one place Chrome and Firefox differ: each check against the shape of either browser's API. */
import { describe, expect, it } from 'vitest';
import { captureCallsPerSecond, isFirefox, sessionArea } from '../../../src/shared/platform';

describe('platform checks', () => {
  it('uses Chrome’s published capture quota when the browser states one', () => {
    expect(captureCallsPerSecond({ MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND: 2 })).toBe(2);
    expect(captureCallsPerSecond({ MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND: 3 })).toBe(3);
  });

  it('keeps Chrome’s 2 a second when the browser neither states a quota nor is Firefox', () => {
    // The fake browser in unit tests is Chrome-shaped without the constant.
    expect(isFirefox()).toBe(false);
    expect(captureCallsPerSecond({})).toBe(2);
  });

  it('tells Firefox by runtime.getBrowserInfo, which only Firefox has', () => {
    expect(isFirefox({ getBrowserInfo: async () => ({ name: 'Firefox' }) })).toBe(true);
    expect(isFirefox({ id: 'x' })).toBe(false);
  });

  it('uses storage.session when there is one', async () => {
    const session = { get: async () => ({ a: 1 }), set: async () => {}, remove: async () => {} };
    expect(sessionArea({ session } as never)).toBe(session);
  });

  it('falls back to memory without storage.session, with the same get/set/remove', async () => {
    const area = sessionArea({} as never);
    await area.set({ key: { status: 'recording' }, other: 1 });
    expect(await area.get('key')).toEqual({ key: { status: 'recording' } });
    await area.remove('key');
    expect(await area.get('key')).toEqual({});
    expect(await area.get(['other', 'missing'])).toEqual({ other: 1 });
    // Stored by value: changing what was stored does not change the session.
    const value = { n: 1 };
    await area.set({ value });
    value.n = 2;
    expect(await area.get('value')).toEqual({ value: { n: 1 } });
  });
});
