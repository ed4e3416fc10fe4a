/**
 * Lets a frame learn which of its <iframe> elements holds which child frame, even when the child
 * is from another site. Chrome has no API for it (runtime.getFrameId is Firefox's), so each child
 * announces a random token to its parent with postMessage; the parent's recorder matches the
 * message's `source` to an iframe's contentWindow, which a page cannot forge. The background then
 * joins tokens to frame ids. A page can see these messages; they carry nothing but the token.
 */

const ANNOUNCE = 'handoff:frame-token';
const ASK = 'handoff:frame-ask';

/** This document's token: the background learns it from this frame's own layout answer. */
export const frameToken: string = crypto.randomUUID();

const children = new Map<string, Element>();

function announce(): void {
  if (window.parent !== window) window.parent.postMessage({ [ANNOUNCE]: frameToken }, '*');
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const token = (data as Record<string, unknown>)[ANNOUNCE];
  if (typeof token === 'string' && token.length <= 64 && event.source) {
    for (const frame of document.querySelectorAll('iframe, frame')) {
      if ((frame as HTMLIFrameElement).contentWindow === event.source) children.set(token, frame);
    }
  } else if ((data as Record<string, unknown>)[ASK] === true && event.source === window.parent) {
    announce();
  }
}

let started = false;

/** Idempotent: listens for children, tells the parent who this frame is, and asks children to say. */
export function startFrameLink(): void {
  if (started) return;
  started = true;
  window.addEventListener('message', onMessage);
  announce();
  for (const frame of document.querySelectorAll('iframe, frame')) {
    (frame as HTMLIFrameElement).contentWindow?.postMessage({ [ASK]: true }, '*');
  }
}

/** Child frames that announced themselves and are still in this document. */
export function linkedChildren(): Array<{ token: string; element: Element }> {
  const out: Array<{ token: string; element: Element }> = [];
  for (const [token, element] of children) {
    if (element.isConnected) out.push({ token, element });
    else children.delete(token);
  }
  return out;
}
