/** Typed messaging over the fake browser: sender gate, errors as sentences, stray messages ignored. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import {
  broadcast,
  isExtensionPage,
  isOwnContentScript,
  listen,
  type SenderGate,
  sendMessage,
} from '../../../src/shared/messaging';

type TestMap = {
  'test.echo': (payload: { text: string }) => { echoed: string };
  'test.fail': (payload: Record<string, never>) => undefined;
};

const CHANNEL = 'handoff/1';
const envelope = (name: string, payload: unknown = {}) => ({ channel: CHANNEL, name, payload });

const pageSender = (): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/src/popup/index.html'),
});
const contentSender = (tabId = 7): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://example.test/',
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId: 0,
});

/** Delivers a message to the listeners as the browser would, collecting what they answer. */
async function deliver(message: unknown, sender: Runtime.MessageSender) {
  const replies: unknown[] = [];
  // The fake types its sender as @wxt-dev/browser's; the listener under test reads the polyfill's.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const returned = await trigger(message, sender, (reply: unknown) => replies.push(reply));
  return { returned, replies };
}

let stop: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('listen', () => {
  it('answers a message the gate lets through, giving the handler what the gate learnt', async () => {
    const echo = vi.fn(async ({ text }: { text: string }, ctx: { tabId: number }) => ({
      echoed: `${text} from ${ctx.tabId}`,
    }));
    stop = listen<TestMap, { tabId: number }>({ 'test.echo': echo }, (sender) =>
      sender.tab?.id === undefined ? undefined : { tabId: sender.tab.id },
    );
    const { replies } = await deliver(envelope('test.echo', { text: 'hi' }), contentSender(7));
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toEqual({ ok: true, value: { echoed: 'hi from 7' } });
  });

  it('refuses a sender the gate rejects: the handler is not called and the reply is an error', async () => {
    const echo = vi.fn(async () => ({ echoed: 'x' }));
    const gate: SenderGate<true> = vi.fn((sender: Runtime.MessageSender) =>
      isExtensionPage(sender) ? true : undefined,
    );
    stop = listen<TestMap, true>({ 'test.echo': echo }, gate);
    const { replies } = await deliver(envelope('test.echo', { text: 'hi' }), contentSender());
    expect(gate).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://example.test/' }), 'test.echo');
    expect(echo).not.toHaveBeenCalled();
    expect(replies).toEqual([
      { ok: false, error: 'Handoff refused "test.echo" from this sender.', code: 'refused' },
    ]);
  });

  it('ignores messages outside the envelope and names it has no handler for', async () => {
    const echo = vi.fn(async () => ({ echoed: 'x' }));
    const gate = vi.fn(() => true as const);
    stop = listen<TestMap, true>({ 'test.echo': echo }, gate);
    for (const stray of [
      { name: 'test.echo', payload: {} },
      { channel: 'other/1', name: 'test.echo', payload: {} },
      { channel: CHANNEL, name: 42 },
      'test.echo',
      null,
      envelope('test.unknown'),
      envelope('toString'),
      envelope('__proto__'),
    ]) {
      const { returned, replies } = await deliver(stray, pageSender());
      expect(returned).toEqual([undefined]);
      expect(replies).toEqual([]);
    }
    expect(gate).not.toHaveBeenCalled();
    expect(echo).not.toHaveBeenCalled();
  });

  it('stops listening when asked', async () => {
    const echo = vi.fn(async () => ({ echoed: 'x' }));
    listen<TestMap, true>({ 'test.echo': echo }, () => true)();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});

describe('sendMessage', () => {
  it('resolves with the handler’s value', async () => {
    stop = listen<TestMap, true>(
      { 'test.echo': async ({ text }) => ({ echoed: text.toUpperCase() }) },
      () => true,
    );
    await expect(sendMessage<TestMap, 'test.echo'>('test.echo', { text: 'ok' })).resolves.toEqual({
      echoed: 'OK',
    });
  });

  it('rejects with the sentence of the error the handler threw', async () => {
    stop = listen<TestMap, true>(
      {
        'test.fail': async () => {
          throw new Error('Handoff is not recording this tab.');
        },
      },
      () => true,
    );
    const error = await sendMessage<TestMap, 'test.fail'>('test.fail', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Handoff is not recording this tab.');
  });

  it('carries a thrown non-Error as text', async () => {
    stop = listen<TestMap, true>(
      {
        'test.fail': async () => {
          throw 'plain words';
        },
      },
      () => true,
    );
    await expect(sendMessage<TestMap, 'test.fail'>('test.fail', {})).rejects.toThrow('plain words');
  });

  it('rejects clearly when nothing answers the message', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await expect(sendMessage<TestMap, 'test.echo'>('test.echo', { text: 'x' })).rejects.toThrow(
      'Handoff did not answer "test.echo".',
    );
  });

  it('broadcast does not fail when no page is listening', async () => {
    await expect(broadcast<TestMap, 'test.echo'>('test.echo', { text: 'x' })).resolves.toBeUndefined();
  });
});

describe('sender checks', () => {
  it('tells the extension’s own pages from content scripts and strangers', () => {
    expect(isExtensionPage(pageSender())).toBe(true);
    expect(isOwnContentScript(pageSender())).toBe(false);
    expect(isExtensionPage(contentSender())).toBe(false);
    expect(isOwnContentScript(contentSender())).toBe(true);
    const stranger = { ...contentSender(), id: 'another-extension' };
    expect(isOwnContentScript(stranger)).toBe(false);
    expect(isExtensionPage({ ...pageSender(), id: 'another-extension' })).toBe(false);
    expect(
      isExtensionPage({ id: fakeBrowser.runtime.id, url: 'https://evil.test/chrome-extension://' }),
    ).toBe(false);
  });
});
