/** Standby captures take a free slot only, never over the quota and never ahead of a waiting action. */
import { describe, expect, it } from 'vitest';
import { CaptureQueue } from '../../../src/background/capture-queue';
import { FakeClock } from './fake-clock';
import { FakeQuotaCapture, type Shot } from './fake-quota';

function setup() {
  const clock = new FakeClock();
  const chrome = new FakeQuotaCapture(clock);
  const queue = new CaptureQueue<Shot>(clock);
  return { clock, chrome, queue };
}

describe('tryIdle and wouldDefer', () => {
  it('takes a standby while a slot is free and no action waits, never over the quota', async () => {
    const { clock, chrome, queue } = setup();
    const first = queue.tryIdle(1, () => chrome.capture(1));
    expect(first).toBeDefined();
    await first;
    await clock.advance(100);
    // One slot is left in this window: a standby may take it...
    const second = queue.tryIdle(1, () => chrome.capture(1));
    expect(second).toBeDefined();
    await second;
    // ...and then none is left, for standbys or actions, until the window moves on.
    expect(queue.tryIdle(1, () => chrome.capture(1))).toBeUndefined();
    expect(queue.msUntilSlot()).toBeGreaterThan(0);
    await clock.advance(300);
    expect(queue.wouldDefer(1)).toBe(true);
    await clock.advance(queue.msUntilSlot());
    expect(queue.wouldDefer(1)).toBe(false);
    const ticket = queue.request(1, () => chrome.capture(1));
    expect(ticket.mode).toBe('own');
    await ticket.result;
    expect(chrome.refused).toEqual([]);
  });

  it('says an action would be deferred once the quota is used, and not when it can share a capture', async () => {
    const { clock, chrome, queue } = setup();
    await queue.request(1, () => chrome.capture(1)).result;
    await clock.advance(10);
    await queue.request(1, () => chrome.capture(1)).result;
    // Both slots used 0–10 ms ago: the same tab could still share the last capture.
    expect(queue.wouldDefer(1)).toBe(false);
    expect(queue.wouldDefer(2)).toBe(true);
    await clock.advance(300);
    expect(queue.wouldDefer(1)).toBe(true);
    expect(queue.tryIdle(1, () => chrome.capture(1))).toBeUndefined();
    await clock.advance(1100);
    expect(queue.wouldDefer(1)).toBe(false);
  });
});

describe('settled', () => {
  it('waits for a deferred capture to be taken, and no longer than asked', async () => {
    const { clock, chrome, queue } = setup();
    queue.request(1, () => chrome.capture(1));
    queue.request(1, () => chrome.capture(1));
    await clock.advance(300);
    const deferred = queue.request(1, () => chrome.capture(1));
    expect(deferred.mode).toBe('deferred');
    let done = false;
    const waiting = queue.settled(5000).then(() => {
      done = true;
    });
    await clock.advance(500);
    expect(done).toBe(false);
    await clock.advance(1000);
    await waiting;
    expect(chrome.accepted).toHaveLength(3);
    // Nothing pending: it answers at once; a capture that never ends is waited for `ms` only.
    const hung = new CaptureQueue<Shot>(clock);
    hung.request(2, () => new Promise<Shot>(() => undefined));
    let gaveUp = false;
    const bounded = hung.settled(200).then(() => {
      gaveUp = true;
    });
    await clock.advance(200);
    await bounded;
    expect(gaveUp).toBe(true);
  });
});
