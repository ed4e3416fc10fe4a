/**
 * The session reducer, every event from every status: idle (nothing stored), recording and
 * paused. An event that does not apply returns the very same object (the store then writes
 * nothing); every session it returns passes the schema it is read back with.
 */
import { describe, expect, it } from 'vitest';
import {
  CAUSED_WITHIN_MS,
  type PausedSession,
  parseSession,
  reduce,
  type Session,
  type SessionEvent,
  type SessionState,
} from '../../../src/background/session-machine';

const T0 = 1_000_000;

/** Recording tab 1, which opened tab 2; tab 2's first page is still loading. */
function recording(): Session {
  return {
    status: 'recording',
    procedureId: 'proc-1',
    tabIds: [1, 2],
    lastTabId: 1,
    lastActionAt: { '1': T0 - 100 },
    openingTabIds: [2],
    pendingLoadTabIds: [],
    startedAt: T0 - 60_000,
    pausedMs: 5000,
    sites: ['*://books.example/*'],
  };
}

function paused(): PausedSession {
  return { ...recording(), status: 'paused', pausedAt: T0 - 10_000 };
}

type Status = 'idle' | 'recording' | 'paused';
const make = (status: Status): SessionState =>
  status === 'idle' ? undefined : status === 'recording' ? recording() : paused();
const STATUSES: Status[] = ['idle', 'recording', 'paused'];

const navigated = (over: Partial<Extract<SessionEvent, { type: 'navigated' }>> = {}): SessionEvent => ({
  type: 'navigated',
  tabId: 1,
  frameId: 0,
  recordable: true,
  transitionType: 'link',
  transitionQualifiers: [],
  at: T0 + CAUSED_WITHIN_MS + 1, // long after the last action: not its result
  ...over,
});

/** One event of each type, on a recorded tab where it names one. */
const EVENTS: SessionEvent[] = [
  { type: 'start', procedureId: 'proc-2', tabId: 9, site: '*://shop.example/*', at: T0 },
  { type: 'pause', at: T0 },
  { type: 'resume', at: T0 },
  { type: 'stop' },
  { type: 'tab-opened', sourceTabId: 1, tabId: 3 },
  { type: 'tab-closed', tabId: 1 },
  { type: 'tab-activated', tabId: 2 },
  { type: 'site-visited', tabId: 1, site: '*://shop.example/*' },
  navigated(),
  { type: 'page-loaded', tabId: 2 },
  { type: 'acted', tabId: 1, at: T0 },
  { type: 'page-unrecordable', warning: 'Cannot record there.' },
  { type: 'storage-full', warning: 'Disk full.', at: T0 },
  { type: 'worker-restarted' },
];

describe('the session reducer', () => {
  it('has a test event for every event type', () => {
    const types = new Set(EVENTS.map((e) => e.type));
    expect(types.size).toBe(EVENTS.length);
  });

  // Every pair: what the test below each expects is checked there; here, the rules for all.
  describe.each(STATUSES)('from %s', (status) => {
    it.each(EVENTS.map((e) => [e.type, e] as const))('%s gives a valid session or idle', (_type, event) => {
      const before = make(status);
      const copy = structuredClone(before);
      const after = reduce(before, event);
      expect(before).toEqual(copy); // the reducer never changes its input
      if (after !== undefined) expect(parseSession(structuredClone(after)).problem).toBeUndefined();
    });
  });

  it.each(EVENTS.map((e) => [e.type, e] as const))(
    'from idle, %s leaves idle unless it starts',
    (_type, event) => {
      const after = reduce(undefined, event);
      if (event.type === 'start') expect(after?.status).toBe('recording');
      else expect(after).toBeUndefined();
    },
  );

  describe('start', () => {
    const event: SessionEvent = {
      type: 'start',
      procedureId: 'p',
      tabId: 4,
      site: '*://a.example/*',
      at: T0,
    };
    it('from idle records the tab on its site', () => {
      expect(reduce(undefined, event)).toEqual({
        status: 'recording',
        procedureId: 'p',
        tabIds: [4],
        lastTabId: 4,
        lastActionAt: {},
        openingTabIds: [],
        pendingLoadTabIds: [],
        startedAt: T0,
        pausedMs: 0,
        sites: ['*://a.example/*'],
      });
    });
    it('on a page with no site pattern keeps no site', () => {
      expect(reduce(undefined, { ...event, site: undefined })?.sites).toEqual([]);
    });
    it.each(['recording', 'paused'] as const)('while %s keeps the recording that runs', (status) => {
      const before = make(status);
      expect(reduce(before, event)).toBe(before);
    });
  });

  describe('pause and resume', () => {
    it('pause from recording remembers when the pause began, keeping a warning', () => {
      const before = { ...recording(), warning: 'Cannot record there.' };
      expect(reduce(before, { type: 'pause', at: T0 })).toEqual({
        ...before,
        status: 'paused',
        pausedAt: T0,
      });
    });
    it('pause while paused is a no-op (the first pause keeps its start)', () => {
      const before = paused();
      expect(reduce(before, { type: 'pause', at: T0 })).toBe(before);
    });
    it('resume from paused adds the pause to the paused time and clears the warning', () => {
      const before = { ...paused(), warning: 'Disk full.' };
      const after = reduce(before, { type: 'resume', at: T0 });
      const { pausedAt: _p, warning: _w, ...rest } = before;
      expect(after).toEqual({ ...rest, status: 'recording', pausedMs: 5000 + 10_000 });
      expect(after).not.toHaveProperty('pausedAt');
      expect(after).not.toHaveProperty('warning');
    });
    it('resume with a clock that went back adds nothing', () => {
      expect(reduce(paused(), { type: 'resume', at: T0 - 20_000 })?.pausedMs).toBe(5000);
    });
    it('resume while recording is a no-op', () => {
      const before = recording();
      expect(reduce(before, { type: 'resume', at: T0 })).toBe(before);
    });
  });

  describe('stop', () => {
    it.each(STATUSES)('from %s ends in idle', (status) => {
      expect(reduce(make(status), { type: 'stop' })).toBeUndefined();
    });
  });

  describe('worker restarted', () => {
    it.each(STATUSES)('from %s carries on unchanged', (status) => {
      const before = make(status);
      expect(reduce(before, { type: 'worker-restarted' })).toBe(before);
    });
  });

  describe.each(['recording', 'paused'] as const)('tabs, while %s', (status) => {
    it('a tab opened from a recorded tab is recorded, its first page pending', () => {
      const after = reduce(make(status), { type: 'tab-opened', sourceTabId: 2, tabId: 3 });
      expect(after).toMatchObject({ status, tabIds: [1, 2, 3], openingTabIds: [2, 3] });
    });
    it('a tab opened from another tab, or one already recorded, changes nothing', () => {
      const before = make(status);
      expect(reduce(before, { type: 'tab-opened', sourceTabId: 8, tabId: 3 })).toBe(before);
      expect(reduce(before, { type: 'tab-opened', sourceTabId: 1, tabId: 2 })).toBe(before);
    });
    it('closing the last tab of the step moves it to another recorded tab and forgets the tab', () => {
      const before = { ...make(status)!, pendingLoadTabIds: [1], lastActionAt: { '1': T0, '2': T0 } };
      const after = reduce(before, { type: 'tab-closed', tabId: 1 });
      expect(after).toMatchObject({
        tabIds: [2],
        lastTabId: 2,
        pendingLoadTabIds: [],
        lastActionAt: { '2': T0 },
      });
    });
    it('closing another recorded tab keeps the step’s tab', () => {
      const after = reduce(make(status), { type: 'tab-closed', tabId: 2 });
      expect(after).toMatchObject({ tabIds: [1], lastTabId: 1, openingTabIds: [] });
    });
    it('closing the only recorded tab ends the recording', () => {
      const one = reduce(make(status), { type: 'tab-closed', tabId: 2 });
      expect(reduce(one, { type: 'tab-closed', tabId: 1 })).toBeUndefined();
    });
    it('closing a tab that is not recorded changes nothing', () => {
      const before = make(status);
      expect(reduce(before, { type: 'tab-closed', tabId: 7 })).toBe(before);
    });
    it('bringing another recorded tab to the front makes it the step’s tab', () => {
      expect(reduce(make(status), { type: 'tab-activated', tabId: 2 })?.lastTabId).toBe(2);
    });
    it('bringing the same tab, or an unrecorded one, to the front changes nothing', () => {
      const before = make(status);
      expect(reduce(before, { type: 'tab-activated', tabId: 1 })).toBe(before);
      expect(reduce(before, { type: 'tab-activated', tabId: 7 })).toBe(before);
    });
  });

  describe.each(['recording', 'paused'] as const)('pages, while %s', (status) => {
    it('a new site of a recorded tab is added once', () => {
      const event: SessionEvent = { type: 'site-visited', tabId: 2, site: '*://shop.example/*' };
      const once = reduce(make(status), event);
      expect(once?.sites).toEqual(['*://books.example/*', '*://shop.example/*']);
      expect(reduce(once, event)).toBe(once);
    });
    it('a site visited by an unrecorded tab is not added', () => {
      const before = make(status);
      expect(reduce(before, { type: 'site-visited', tabId: 7, site: '*://x.example/*' })).toBe(before);
    });
    it('a load the person made marks the tab for a "Go to" step, once', () => {
      const once = reduce(make(status), navigated());
      expect(once?.pendingLoadTabIds).toEqual([1]);
      expect(reduce(once, navigated())).toBe(once);
    });
    it.each([
      ['soon after a click in the tab', navigated({ at: T0 })],
      ['in a frame', navigated({ frameId: 3 })],
      ['to a page that cannot be recorded', navigated({ recordable: false })],
      ['of a new tab’s first page', navigated({ tabId: 2 })],
      ['by a server redirect', navigated({ transitionQualifiers: ['server_redirect'] })],
      ['by a client redirect', navigated({ transitionQualifiers: ['client_redirect'] })],
      ['in an unrecorded tab', navigated({ tabId: 7 })],
    ])('a load %s is no step of its own', (_what, event) => {
      const before = make(status);
      expect(reduce(before, event)).toBe(before);
    });
    it.each([
      ['typed', []],
      ['reload', []],
      ['link', ['from_address_bar']],
      ['link', ['forward_back']],
    ])(
      'a load the person made in the browser (%s %j) is a step even right after a click',
      (type, qualifiers) => {
        const event = navigated({ at: T0, transitionType: type, transitionQualifiers: qualifiers });
        expect(reduce(make(status), event)?.pendingLoadTabIds).toEqual([1]);
      },
    );
    it('a new tab’s first page, once loaded, ends its opening and makes it the step’s tab', () => {
      const after = reduce(make(status), { type: 'page-loaded', tabId: 2 });
      expect(after).toMatchObject({ openingTabIds: [], pendingLoadTabIds: [], lastTabId: 2 });
    });
    it('a marked load, once loaded, is unmarked', () => {
      const marked = reduce(make(status), navigated());
      expect(reduce(marked, { type: 'page-loaded', tabId: 1 })).toMatchObject({ pendingLoadTabIds: [] });
    });
    it('a load nobody waits for changes nothing', () => {
      const before = make(status);
      expect(reduce(before, { type: 'page-loaded', tabId: 1 })).toBe(before);
      expect(reduce(before, { type: 'page-loaded', tabId: 7 })).toBe(before);
    });
    it('an action is remembered per recorded tab', () => {
      expect(reduce(make(status), { type: 'acted', tabId: 2, at: T0 })?.lastActionAt).toEqual({
        '1': T0 - 100,
        '2': T0,
      });
      const before = make(status);
      expect(reduce(before, { type: 'acted', tabId: 7, at: T0 })).toBe(before);
    });
    it('an unrecordable page sets the warning, once', () => {
      const event: SessionEvent = { type: 'page-unrecordable', warning: 'Cannot record there.' };
      const once = reduce(make(status), event);
      expect(once).toMatchObject({ status, warning: 'Cannot record there.' });
      expect(reduce(once, event)).toBe(once);
    });
  });

  describe('storage full', () => {
    const event: SessionEvent = { type: 'storage-full', warning: 'Disk full.', at: T0 };
    it('pauses a recording, with the warning and the time the pause began', () => {
      expect(reduce(recording(), event)).toEqual({
        ...recording(),
        status: 'paused',
        pausedAt: T0,
        warning: 'Disk full.',
      });
    });
    it('while paused keeps the pause and its start, setting the warning once', () => {
      const after = reduce(paused(), event);
      expect(after).toEqual({ ...paused(), warning: 'Disk full.' });
      expect(reduce(after, event)).toBe(after);
    });
  });
});

describe('parseSession', () => {
  it('reads nothing stored as idle, without a problem', () => {
    expect(parseSession(undefined)).toEqual({ session: undefined });
  });

  it.each(STATUSES.filter((s) => s !== 'idle'))('reads a valid %s session as it is', (status) => {
    const stored = make(status);
    expect(parseSession(structuredClone(stored))).toEqual({ session: stored });
  });

  it.each([
    ['not an object', 'recording'],
    ['an unknown status', { ...recording(), status: 'stopped' }],
    ['a missing required field', (({ sites: _s, ...rest }) => rest)(recording())],
    ['a paused session without the time its pause began', { ...recording(), status: 'paused' }],
    ['no tab', { ...recording(), tabIds: [], openingTabIds: [], lastTabId: 1 }],
    ['a step tab it does not record', { ...recording(), lastTabId: 9 }],
    ['an opening tab it does not record', { ...recording(), openingTabIds: [9] }],
    ['a tab id that is not an integer', { ...recording(), tabIds: [1, 2.5] }],
    ['a list of the wrong kind', { ...recording(), sites: 'everywhere' }],
    ['an empty procedure id', { ...recording(), procedureId: '' }],
  ])('refuses %s: idle, and says why', (_what, stored) => {
    const { session, problem } = parseSession(stored);
    expect(session).toBeUndefined();
    expect(problem).toEqual(expect.any(String));
  });
});
