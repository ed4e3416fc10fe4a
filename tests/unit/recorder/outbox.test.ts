/** The outbox: events go one at a time, in order, and are retried until the background has them. */
import { describe, expect, it, vi } from 'vitest';
import { Outbox } from '../../../src/content/outbox';
import type { ObservedEvent } from '../../../src/shared/protocol';

function event(seq: number): ObservedEvent {
  return {
    type: 'key',
    keys: ['Escape'],
    eventId: `e${seq}`,
    seq,
    at: 1000 + seq,
    url: 'https://example.test/',
    pageTitle: 'Example',
    viewport: { width: 800, height: 600, devicePixelRatio: 1 },
    sensitiveRects: [],
  };
}

/** A background whose answer to each attempt the test scripts: a value, or an error to throw. */
function background(script: (event: ObservedEvent, attempt: number) => Error | undefined) {
  const attempts: number[] = [];
  const stored: number[] = [];
  const send = vi.fn(async (e: ObservedEvent) => {
    attempts.push(e.seq);
    const error = script(e, attempts.filter((s) => s === e.seq).length);
    // The worker answers on a later turn, as a real message reply does.
    await Promise.resolve();
    if (error) throw error;
    stored.push(e.seq);
    return { stored: true, stepId: e.eventId };
  });
  return { send, attempts, stored };
}

const NO_RECEIVER = () => new Error('Could not establish connection. Receiving end does not exist.');

describe('Outbox', () => {
  it('sends events one at a time, in the order they were pushed', async () => {
    const { send, stored } = background(() => undefined);
    let inFlight = 0;
    let maxInFlight = 0;
    const outbox = new Outbox(
      async (e) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          return await send(e);
        } finally {
          inFlight--;
        }
      },
      () => undefined,
    );
    for (let i = 1; i <= 5; i++) outbox.push(event(i));
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(stored).toEqual([1, 2, 3, 4, 5]);
    expect(maxInFlight).toBe(1);
  });

  it('retries "Receiving end does not exist" with growing delays until the worker answers', async () => {
    const { send, attempts, stored } = background((e, attempt) =>
      e.seq === 1 && attempt <= 4 ? NO_RECEIVER() : undefined,
    );
    const sleeps: number[] = [];
    const outbox = new Outbox(
      send,
      () => undefined,
      async (ms) => {
        sleeps.push(ms);
      },
    );
    outbox.push(event(1));
    outbox.push(event(2));
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(stored).toEqual([1, 2]);
    expect(attempts).toEqual([1, 1, 1, 1, 1, 2]);
    expect(sleeps).toHaveLength(4);
    for (let i = 1; i < sleeps.length; i++) expect(sleeps[i]!).toBeGreaterThan(sleeps[i - 1]!);
  });

  it('keeps later events behind a retried one, even when pushed during the wait', async () => {
    let release: (() => void) | undefined;
    const { send, stored } = background((e, attempt) =>
      e.seq === 1 && attempt === 1 ? NO_RECEIVER() : undefined,
    );
    const outbox = new Outbox(
      send,
      () => undefined,
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    outbox.push(event(1));
    await vi.waitFor(() => expect(release).toBeDefined());
    outbox.push(event(2));
    outbox.push(event(3));
    expect(stored).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
    release!();
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(stored).toEqual([1, 2, 3]);
  });

  it('starts the backoff afresh for the next event', async () => {
    const { send } = background((_e, attempt) => (attempt <= 2 ? NO_RECEIVER() : undefined));
    const sleeps: number[] = [];
    const outbox = new Outbox(
      send,
      () => undefined,
      async (ms) => {
        sleeps.push(ms);
      },
    );
    outbox.push(event(1));
    outbox.push(event(2));
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(sleeps).toHaveLength(4);
    expect(sleeps.slice(2)).toEqual(sleeps.slice(0, 2));
  });

  it('gives an event up after about a dozen seconds of a worker that never answers', async () => {
    const { send, stored } = background((e) => (e.seq === 1 ? NO_RECEIVER() : undefined));
    const sleeps: number[] = [];
    const outbox = new Outbox(
      send,
      () => undefined,
      async (ms) => {
        sleeps.push(ms);
      },
    );
    outbox.push(event(1));
    outbox.push(event(2));
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(stored).toEqual([2]);
    const total = sleeps.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5_000);
    expect(total).toBeLessThan(30_000);
  });

  it('calls onGone and drops everything when the extension context is invalidated', async () => {
    const { send, stored } = background(() => new Error('Extension context invalidated.'));
    const onGone = vi.fn();
    const outbox = new Outbox(send, onGone, async () => undefined);
    outbox.push(event(1));
    outbox.push(event(2));
    outbox.push(event(3));
    await vi.waitFor(() => expect(onGone).toHaveBeenCalledTimes(1));
    expect(outbox.pending).toBe(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(stored).toEqual([]);
  });

  it('drops an event the background refuses for good and carries on with the next', async () => {
    const { send, attempts, stored } = background((e) =>
      e.seq === 2 ? new Error('Handoff is not recording this tab.') : undefined,
    );
    const sleep = vi.fn(async () => undefined);
    const onGone = vi.fn();
    const outbox = new Outbox(send, onGone, sleep);
    for (let i = 1; i <= 3; i++) outbox.push(event(i));
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(stored).toEqual([1, 3]);
    expect(attempts).toEqual([1, 2, 3]);
    expect(sleep).not.toHaveBeenCalled();
    expect(onGone).not.toHaveBeenCalled();
  });
});
