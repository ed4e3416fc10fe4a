/**
 * Lets the background learn which <iframe> element holds which child frame, even when the child
 * is from another site. Chrome has no API for it (runtime.getFrameId is Firefox's), and whatever a
 * child says to its parent with postMessage the parent page can read and replay. So the handshake
 * runs the other way: the parent's recorder posts a fresh random nonce into each cross-origin
 * iframe's own window, where the parent page cannot read it, and the child's recorder reports the
 * nonce to the background, which knows the reporting frame's id for certain. The background then
 * joins the parent's "nonce N is at this rectangle" with the child's "I was given N".
 */
import { sendMessage } from '../shared/messaging';
import type { ContentToBackground } from '../shared/protocol';

const ASK = 'handoff:frame-nonce';

const issued = new WeakMap<Element, string>();
/**
 * Nonces already reported, each once: the background keeps them in storage.session across worker
 * restarts. Reporting again on every ask let a page that replays messages to its frames in a loop
 * flood the worker (hundreds of messages a second) and stall the page.
 */
const reported = new Set<string>();

/** The nonce for an iframe element, posted (again) into its window; the child may load late. */
export function askFrame(frame: Element): string {
  let nonce = issued.get(frame);
  if (!nonce) {
    nonce = crypto.randomUUID();
    issued.set(frame, nonce);
  }
  (frame as HTMLIFrameElement).contentWindow?.postMessage({ [ASK]: nonce }, '*');
  return nonce;
}

function onMessage(event: MessageEvent): void {
  // Only the parent window asks; a page cannot post as another window.
  if (event.source !== window.parent || window.parent === window) return;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const nonce = (data as Record<string, unknown>)[ASK];
  if (typeof nonce !== 'string' || nonce.length > 64 || reported.has(nonce) || reported.size >= 500) return;
  reported.add(nonce);
  // A worker that was starting did not hear it: the next ask tries again.
  sendMessage<ContentToBackground, 'content.frameAsked'>('content.frameAsked', { nonce }).catch(() =>
    reported.delete(nonce),
  );
}

let started = false;

/** Idempotent: starts answering the parent's asks. */
export function startFrameLink(): void {
  if (started) return;
  started = true;
  window.addEventListener('message', onMessage);
}
