/**
 * A worker stopped while it holds a reply: Chromium 156 rejects the content script's message with
 * "…the message channel closed before a response was received". The event may not be stored, so
 * the outbox must send it again (found by tests/e2e/faults.test.ts, which lost one step in three
 * runs out of three before this was treated as transient).
 */
import { describe, expect, it, vi } from 'vitest';
import { Outbox } from '../../../src/content/outbox';
import type { ObservedEvent } from '../../../src/shared/protocol';

const event: ObservedEvent = {
  type: 'click',
  target: {
    role: 'button',
    name: 'Refund order',
    tag: 'button',
    selectors: [],
    rect: { x: 0, y: 0, width: 1, height: 1 },
  },
  button: 'left',
  clickCount: 1,
  eventId: 'e1',
  seq: 1,
  at: 1000,
  url: 'https://shop.example/orders',
  pageTitle: 'Orders',
  viewport: { width: 800, height: 600, devicePixelRatio: 1 },
  sensitiveRects: [],
};

const CLOSED_MESSAGES = [
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  'The message port closed before a response was received.',
];

describe('Outbox when the worker stops mid-reply', () => {
  for (const message of CLOSED_MESSAGES) {
    it(`sends the event again after "${message.slice(0, 60)}…"`, async () => {
      let attempts = 0;
      const send = vi.fn(async () => {
        attempts++;
        if (attempts === 1) throw new Error(message);
        return { stored: true, stepId: 'e1' };
      });
      const onGone = vi.fn();
      const outbox = new Outbox(send, onGone, async () => undefined);
      outbox.push(event);
      await vi.waitFor(() => expect(outbox.pending).toBe(0));
      expect(send).toHaveBeenCalledTimes(2);
      expect(onGone).not.toHaveBeenCalled();
    });
  }

  it('still drops an event the background refused for good', async () => {
    const send = vi.fn(async () => {
      throw new Error('Handoff is not recording this tab.');
    });
    const outbox = new Outbox(
      send,
      () => undefined,
      async () => undefined,
    );
    outbox.push(event);
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(send).toHaveBeenCalledTimes(1);
  });
});
