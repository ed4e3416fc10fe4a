/**
 * The one video being rendered in this editor page, if any, so a Cancel button anywhere can stop
 * it: rendering takes long enough (seconds to minutes) that a person must be able to give up.
 */

let current: AbortController | undefined;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

export function videoRunning(): boolean {
  return current !== undefined;
}

export function subscribeVideoJob(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function cancelVideo(): void {
  current?.abort();
}

/** Runs `work` as the page's video job; a second job while one runs is refused by the caller's disabled buttons. */
export async function runVideoJob<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  current = controller;
  changed();
  try {
    return await work(controller.signal);
  } finally {
    if (current === controller) current = undefined;
    changed();
  }
}

/** True for the error a cancelled job ends with. */
export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
