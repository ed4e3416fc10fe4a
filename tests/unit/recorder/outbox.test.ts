/** The outbox: every event is sent at once and retried on its own until the background has it. */
import { describe, expect, it, vi } from 'vitest';
import { Outbox } from '../../../src/content/outbox';
import { HandoffError } from '../../../src/shared/failure';
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
  it('sends every event at once, so none waits behind another', async () => {
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
    // Handed to the browser synchronously: a page that unloads right after loses none of them.
    expect(send).toHaveBeenCalledTimes(5);
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect([...stored].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(maxInFlight).toBe(5);
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
    expect([...stored].sort()).toEqual([1, 2]);
    expect(attempts.filter((s) => s === 1)).toHaveLength(5);
    expect(attempts.filter((s) => s === 2)).toHaveLength(1);
    expect(sleeps).toHaveLength(4);
    for (let i = 1; i < sleeps.length; i++) expect(sleeps[i]!).toBeGreaterThan(sleeps[i - 1]!);
  });

  it('does not hold later events back while one is being retried', async () => {
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
    await vi.waitFor(() => expect(stored).toEqual([2, 3]));
    expect(outbox.pending).toBe(1);
    release!();
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(stored).toEqual([2, 3, 1]);
  });

  it('keeps a backoff of its own for each event', async () => {
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
    // Both events walk the same schedule from its start.
    expect([...sleeps].sort((a, b) => a - b)).toEqual(
      [sleeps[0], sleeps[0], sleeps[2], sleeps[2]].sort((a, b) => a! - b!),
    );
    expect(new Set(sleeps).size).toBe(2);
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
    expect(stored).toEqual([]);
    // Nothing more is sent once the extension is gone.
    const sent = send.mock.calls.length;
    outbox.push(event(4));
    expect(send).toHaveBeenCalledTimes(sent);
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
    expect([...attempts].sort()).toEqual([1, 2, 3]);
    expect(sleep).not.toHaveBeenCalled();
    expect(onGone).not.toHaveBeenCalled();
  });

  it('acts on the code of a refusal, not on its words', async () => {
    // A page title that happens to read like a transport error must not make a refusal retried.
    const { send, attempts, stored } = background((e, attempt) => {
      if (e.seq === 1) return new HandoffError('paused', 'Receiving end does not exist');
      if (e.seq === 2 && attempt === 1) return new HandoffError('no-answer', 'Handoff did not answer.');
      return undefined;
    });
    const sleep = vi.fn(async () => undefined);
    const outbox = new Outbox(send, vi.fn(), sleep);
    outbox.push(event(1));
    outbox.push(event(2));
    await vi.waitFor(() => expect(outbox.pending).toBe(0));
    expect(stored).toEqual([2]);
    expect(attempts.filter((s) => s === 1)).toHaveLength(1);
    expect(attempts.filter((s) => s === 2)).toHaveLength(2);
  });
});
