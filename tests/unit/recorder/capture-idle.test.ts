/** Standby captures take the quota only when it is untouched, and never make an action wait. */
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
  it('takes a standby only when no capture is in the current window, leaving a slot for the next action', async () => {
    const { clock, chrome, queue } = setup();
    const standby = queue.tryIdle(1, () => chrome.capture(1));
    expect(standby).toBeDefined();
    await standby;
    // A second standby right away would use the last slot: refused.
    expect(queue.tryIdle(1, () => chrome.capture(1))).toBeUndefined();
    // The action that follows still gets a capture of its own.
    await clock.advance(200);
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
