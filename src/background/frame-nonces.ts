/**
 * Which frame received which nonce (see content/frame-link.ts), per tab. Kept in memory: after a
 * worker restart the parents' recorders post their nonces again with the next layout request.
 */

const byTab = new Map<number, Map<string, Set<number>>>();
const waiters = new Set<() => void>();
/** A page with more frames than this is not a page a person records; the oldest are forgotten. */
const MAX_PER_TAB = 500;

export function recordNonce(tabId: number, nonce: string, frameId: number): void {
  let nonces = byTab.get(tabId);
  if (!nonces) {
    nonces = new Map();
    byTab.set(tabId, nonces);
  }
  const frames = nonces.get(nonce) ?? new Set<number>();
  frames.add(frameId);
  nonces.set(nonce, frames);
  if (nonces.size > MAX_PER_TAB) nonces.delete(nonces.keys().next().value!);
  for (const wake of waiters) wake();
}

/** The frames that reported a nonce: one normally; more when a page replayed it. */
export function framesFor(tabId: number, nonce: string): ReadonlySet<number> | undefined {
  return byTab.get(tabId)?.get(nonce);
}

export function forgetTab(tabId: number): void {
  byTab.delete(tabId);
}

/** Waits until every nonce has been reported, or `ms` have passed. */
export function waitForNonces(tabId: number, nonces: readonly string[], ms: number): Promise<void> {
  const done = () => nonces.every((n) => framesFor(tabId, n) !== undefined);
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      waiters.delete(check);
      resolve();
    };
    const check = () => {
      if (done()) finish();
    };
    const timer = setTimeout(finish, ms);
    waiters.add(check);
  });
}
