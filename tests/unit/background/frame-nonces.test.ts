/**
 * Frame placement survives the service worker: what frames reported is kept in storage.session,
 * so a worker that Chrome stopped (every global lost) still places a frame from another site and
 * covers its card field. Simulated by loading the module afresh over the same storage.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Nonces = typeof import('../../../src/background/frame-nonces');

/** A new worker: the module's globals start empty, storage.session is what it was. */
async function freshWorker(): Promise<Nonces> {
  vi.resetModules();
  return import('../../../src/background/frame-nonces');
}

/** Lets the module's batched write reach storage. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('frame nonces across worker restarts', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a restarted worker still knows which frame reported which nonce', async () => {
    const first = await freshWorker();
    await first.recordNonce(3, 'nonce-a', 7);
    await first.recordNonce(3, 'nonce-b', 9);
    await settle();
    const second = await freshWorker();
    expect(second.framesFor(3, 'nonce-a')).toBeUndefined();
    await second.waitForNonces(3, ['nonce-a', 'nonce-b'], 0);
    expect([...(second.framesFor(3, 'nonce-a') ?? [])]).toEqual([7]);
    expect([...(second.framesFor(3, 'nonce-b') ?? [])]).toEqual([9]);
  });

  it('after any number of restarts, and forgets a closed tab for good', async () => {
    let worker = await freshWorker();
    await worker.recordNonce(4, 'n', 2);
    for (let i = 0; i < 3; i++) {
      await settle();
      worker = await freshWorker();
      await worker.loadNonces();
      expect(worker.framesFor(4, 'n')?.has(2)).toBe(true);
    }
    await worker.forgetTab(4);
    await settle();
    worker = await freshWorker();
    await worker.loadNonces();
    expect(worker.framesFor(4, 'n')).toBeUndefined();
  });

  it('ignores damaged stored data rather than failing to place frames', async () => {
    await fakeBrowser.storage.session.set({ 'handoff.frameNonces': { '5': { ok: [1], bad: 'x' }, nope: 3 } });
    const worker = await freshWorker();
    await worker.loadNonces();
    expect([...(worker.framesFor(5, 'ok') ?? [])]).toEqual([1]);
    expect(worker.framesFor(5, 'bad')).toBeUndefined();
  });
});
