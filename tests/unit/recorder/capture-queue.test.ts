/** The screenshot queue against Chrome's two-a-second quota, with manual time. */
import { describe, expect, it } from 'vitest';
import { CaptureQueue, isQuotaRefusal, type Mode } from '../../../src/background/capture-queue';
import { FakeClock } from './fake-clock';
import { FakeQuotaCapture, QUOTA_MESSAGE, type Shot } from './fake-quota';

interface Requested {
  at: number;
  key: number;
  mode: Mode;
  result: Promise<Shot>;
}

function setup() {
  const clock = new FakeClock();
  const chrome = new FakeQuotaCapture(clock);
  const queue = new CaptureQueue<Shot>(clock);
  const requests: Requested[] = [];
  /** Requests a screenshot of tab `key` at absolute time `at` (times must not go backwards). */
  const requestAt = async (at: number, key = 1) => {
    await clock.advance(at - clock.now());
    const ticket = queue.request(key, () => chrome.capture(key));
    requests.push({ at, key, mode: ticket.mode, result: ticket.result });
  };
  /** Lets time run until every request has settled; returns the shots in request order. */
  const finish = async () => {
    await clock.advance(30_000);
    return Promise.all(requests.map((r) => r.result));
  };
  return { clock, chrome, queue, requests, requestAt, finish };
}

/** What must hold for every burst: no refusal, one shot per request, and honest modes. */
function expectSound(requests: Requested[], shots: Shot[], chrome: FakeQuotaCapture) {
  expect(chrome.refused).toEqual([]);
  expect(chrome.maxInWindow()).toBeLessThanOrEqual(2);
  expect(shots).toHaveLength(requests.length);
  requests.forEach((r, i) => {
    const shot = shots[i]!;
    expect(shot.tabKey).toBe(r.key);
    if (r.mode === 'own') expect(shot.takenAt).toBe(r.at);
    // Shared: an earlier capture of the same tab, taken a moment before the action.
    if (r.mode === 'shared') {
      expect(shot.takenAt).toBeLessThanOrEqual(r.at);
      expect(r.at - shot.takenAt).toBeLessThanOrEqual(150);
    }
    // Deferred: taken after the action, when the quota allowed.
    if (r.mode === 'deferred') expect(shot.takenAt).toBeGreaterThan(r.at);
  });
  // Every own capture is a capture of its own.
  const owns = requests.map((r, i) => (r.mode === 'own' ? shots[i]!.n : undefined)).filter((n) => n);
  expect(new Set(owns).size).toBe(owns.length);
}

describe('capture queue under the quota', () => {
  it('keeps 10 clicks 100 ms apart under quota: two own, one shared, the rest deferred into one capture', async () => {
    const { chrome, requests, requestAt, finish } = setup();
    for (let i = 0; i < 10; i++) await requestAt(i * 100);
    const shots = await finish();
    expectSound(requests, shots, chrome);
    expect(requests.map((r) => r.mode)).toEqual(['own', 'own', 'shared', ...Array<Mode>(7).fill('deferred')]);
    expect(shots[2]).toBe(shots[1]);
    const deferred = shots.slice(3);
    expect(new Set(deferred.map((s) => s.n)).size).toBe(1);
    expect(chrome.accepted).toHaveLength(3);
  });

  it('shares the second capture among 10 clicks at the same moment', async () => {
    const { chrome, requests, requestAt, finish } = setup();
    for (let i = 0; i < 10; i++) await requestAt(0);
    const shots = await finish();
    expectSound(requests, shots, chrome);
    expect(requests.map((r) => r.mode)).toEqual(['own', 'own', ...Array<Mode>(8).fill('shared')]);
    expect(chrome.accepted).toEqual([0, 0]);
  });

  it('keeps 50 clicks over 5 s at 10 per second under quota, each with a screenshot', async () => {
    const { chrome, requests, requestAt, finish } = setup();
    for (let i = 0; i < 50; i++) await requestAt(i * 100);
    const shots = await finish();
    expectSound(requests, shots, chrome);
    const modes = new Set(requests.map((r) => r.mode));
    expect(modes).toEqual(new Set(['own', 'shared', 'deferred']));
    // Deferred requests made while the same batch waited share one capture.
    for (let i = 1; i < requests.length; i++) {
      const [before, now] = [requests[i - 1]!, requests[i]!];
      if (before.mode === 'deferred' && now.mode === 'deferred' && shots[i - 1]!.takenAt > now.at) {
        expect(shots[i]).toBe(shots[i - 1]);
      }
    }
    // Two a second at most, and the quota is used: about ten captures in five seconds.
    expect(chrome.accepted.length).toBeGreaterThanOrEqual(8);
    expect(chrome.accepted.length).toBeLessThanOrEqual(12);
  });

  it('never shares a capture between different tabs', async () => {
    const { chrome, requests, requestAt, finish } = setup();
    await requestAt(0, 1);
    await requestAt(10, 1);
    await requestAt(20, 2);
    await requestAt(30, 1);
    await requestAt(40, 2);
    await requestAt(300, 1);
    await requestAt(400, 2);
    const shots = await finish();
    expectSound(requests, shots, chrome);
    expect(requests.map((r) => r.mode)).toEqual([
      'own',
      'own',
      'deferred',
      'shared',
      'deferred',
      'deferred',
      'deferred',
    ]);
    expect(shots[4]).toBe(shots[2]);
    expect(shots[3]).toBe(shots[1]);
    for (let i = 0; i < shots.length; i++) {
      for (let j = 0; j < shots.length; j++) {
        if (requests[i]!.key !== requests[j]!.key) expect(shots[i]!.n).not.toBe(shots[j]!.n);
      }
    }
  });

  it('retries a capture refused because something outside the queue used the quota', async () => {
    const { clock, chrome, requests, requestAt, finish } = setup();
    // Another part of the extension (or an earlier worker) takes both slots behind the queue's back.
    await chrome.capture(9);
    await chrome.capture(9);
    await requestAt(10);
    await clock.advance(1);
    expect(chrome.refused).toEqual([10]);
    const [shot] = await finish();
    expect(requests[0]!.mode).toBe('own');
    expect(shot!.takenAt).toBeGreaterThanOrEqual(1000);
    expect(chrome.refused).toHaveLength(1);
    expect(chrome.maxInWindow()).toBeLessThanOrEqual(2);
  });

  it('gives up after a few refusals instead of waiting for ever', async () => {
    const clock = new FakeClock();
    const queue = new CaptureQueue<Shot>(clock, { quotaRetries: 2 });
    let calls = 0;
    const ticket = queue.request(1, async () => {
      calls++;
      throw new Error(QUOTA_MESSAGE);
    });
    const settled = ticket.result.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await clock.advance(10_000);
    expect(await settled).toBe(QUOTA_MESSAGE);
    expect(calls).toBe(3);
  });

  it('does not retry other failures', async () => {
    const clock = new FakeClock();
    const queue = new CaptureQueue<Shot>(clock);
    let calls = 0;
    const ticket = queue.request(1, async () => {
      calls++;
      throw new Error('No screenshot: the recorded tab was not the visible one at that moment.');
    });
    await expect(ticket.result).rejects.toThrow(/not the visible one/);
    expect(calls).toBe(1);
  });

  it('recognises Chrome’s quota refusal and nothing else', () => {
    expect(isQuotaRefusal(new Error(QUOTA_MESSAGE))).toBe(true);
    expect(isQuotaRefusal(new Error('Cannot access contents of the page.'))).toBe(false);
  });
});
