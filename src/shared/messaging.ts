/**
 * Typed request/response over webextension-polyfill. Handlers throw; this layer carries the
 * error's sentence back so the caller's promise rejects with it. Every message travels in an
 * envelope so that stray messages (other extensions, other code) are ignored, not misread.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { type FailureCode, failureCode, HandoffError, isFailureCode } from './failure';
import type { Handlers, MessageMap, PayloadOf, ResultOf } from './protocol';

const CHANNEL = 'handoff/1';

interface Envelope {
  channel: typeof CHANNEL;
  name: string;
  payload: unknown;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string; code: FailureCode };

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).channel === CHANNEL &&
    typeof (message as Envelope).name === 'string'
  );
}

function unwrap(reply: unknown, name: string): unknown {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new HandoffError('no-answer', `Handoff did not answer "${name}".`);
  }
  const r = reply as Reply;
  if (!r.ok) throw new HandoffError(isFailureCode(r.code) ? r.code : 'failed', r.error);
  return r.value;
}

/** Sends to the background (or, from the background, to every open extension page). */
export async function sendMessage<M extends MessageMap, K extends keyof M & string>(
  name: K,
  payload: PayloadOf<M, K>,
): Promise<Awaited<ResultOf<M, K>>> {
  const reply = await browser.runtime.sendMessage({ channel: CHANNEL, name, payload } satisfies Envelope);
  return unwrap(reply, name) as Awaited<ResultOf<M, K>>;
}

/** Sends to the content script of one tab (one frame when frameId is given). */
export async function sendToTab<M extends MessageMap, K extends keyof M & string>(
  tabId: number,
  name: K,
  payload: PayloadOf<M, K>,
  frameId?: number,
): Promise<Awaited<ResultOf<M, K>>> {
  const envelope: Envelope = { channel: CHANNEL, name, payload };
  const reply = await browser.tabs.sendMessage(tabId, envelope, frameId === undefined ? {} : { frameId });
  return unwrap(reply, name) as Awaited<ResultOf<M, K>>;
}

/** Broadcasts to extension pages; nobody listening is not an error. */
export async function broadcast<M extends MessageMap, K extends keyof M & string>(
  name: K,
  payload: PayloadOf<M, K>,
): Promise<void> {
  try {
    await browser.runtime.sendMessage({ channel: CHANNEL, name, payload } satisfies Envelope);
  } catch {
    // "Receiving end does not exist": no extension page is open.
  }
}

/**
 * Decides whether a sender may send a message, and gives the handler what it knows of the
 * sender. Returning undefined refuses the message.
 */
export type SenderGate<Ctx> = (sender: Runtime.MessageSender, name: string) => Ctx | undefined;

/**
 * Registers one handler object. Messages whose names are not in `handlers` are left for other
 * listeners; messages the gate refuses are answered with an error and never reach a handler.
 */
export function listen<M extends MessageMap, Ctx>(
  handlers: Partial<Handlers<M, Ctx>>,
  gate: SenderGate<Ctx>,
): () => void {
  // Replies go through sendResponse (and `return true`) rather than a returned promise: Chrome's
  // native `browser` namespace, which the polyfill defers to, ignores promises returned here.
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: Reply) => void,
  ): true | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.name)) return undefined;
    const handler = handlers[message.name as keyof M] as
      | ((payload: unknown, context: Ctx) => Promise<unknown>)
      | undefined;
    if (!handler) return undefined;
    const context = gate(sender, message.name);
    if (context === undefined) {
      sendResponse({
        ok: false,
        error: `Handoff refused "${message.name}" from this sender.`,
        code: 'refused',
      });
      return undefined;
    }
    handler(message.payload, context).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: errorSentence(error), code: failureCode(error) }),
    );
    return true;
  };
  const registered = listener as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0];
  browser.runtime.onMessage.addListener(registered);
  return () => browser.runtime.onMessage.removeListener(registered);
}

export function errorSentence(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** True when the sender is one of this extension's own pages (popup, editor, library). */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/** True when the sender is this extension's content script in a web page tab. */
export function isOwnContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && !isExtensionPage(sender);
}
