/**
 * Which frame received which nonce (see content/frame-link.ts), per tab. Kept in storage.session
 * as well as in memory: Chrome stops an idle worker after ~30 s, and a frame from another site
 * holding a card field must still be placed (and its field covered) after any number of restarts.
 */
import browser from 'webextension-polyfill';

const KEY = 'handoff.frameNonces';
/** A page with more frames than this is not a page a person records; the oldest are forgotten. */
const MAX_PER_TAB = 500;

type Stored = Record<string, Record<string, number[]>>;

const byTab = new Map<number, Map<string, Set<number>>>();
const waiters = new Set<() => void>();
let loaded: Promise<void> | undefined;
let saving = false;

/** Reads what an earlier life of the worker learnt; once per worker. */
export function loadNonces(): Promise<void> {
  loaded ??= browser.storage.session
    .get(KEY)
    .then((stored) => {
      const saved = (stored[KEY] ?? {}) as Stored;
      for (const [tab, nonces] of Object.entries(saved)) {
        const tabId = Number(tab);
        if (!Number.isInteger(tabId) || typeof nonces !== 'object' || nonces === null) continue;
        for (const [nonce, frames] of Object.entries(nonces)) {
          if (!Array.isArray(frames)) continue;
          for (const frameId of frames) if (Number.isInteger(frameId)) add(tabId, nonce, frameId);
        }
      }
    })
    .catch(() => undefined);
  return loaded;
}

function add(tabId: number, nonce: string, frameId: number): void {
  let nonces = byTab.get(tabId);
  if (!nonces) {
    nonces = new Map();
    byTab.set(tabId, nonces);
  }
  const frames = nonces.get(nonce) ?? new Set<number>();
  frames.add(frameId);
  nonces.set(nonce, frames);
  if (nonces.size > MAX_PER_TAB) nonces.delete(nonces.keys().next().value!);
}

/** Writes the map once per burst of changes (many frames report within the same few ms). */
function save(): void {
  if (saving) return;
  saving = true;
  queueMicrotask(() => {
    saving = false;
    const out: Stored = {};
    for (const [tabId, nonces] of byTab) {
      out[tabId] = Object.fromEntries([...nonces].map(([nonce, frames]) => [nonce, [...frames]]));
    }
    void browser.storage.session.set({ [KEY]: out }).catch(() => undefined);
  });
}

export async function recordNonce(tabId: number, nonce: string, frameId: number): Promise<void> {
  await loadNonces();
  const known = byTab.get(tabId)?.get(nonce)?.has(frameId) === true;
  add(tabId, nonce, frameId);
  if (!known) save();
  for (const wake of waiters) wake();
}

/** The frames that reported a nonce: one normally; more when a page replayed it. */
export function framesFor(tabId: number, nonce: string): ReadonlySet<number> | undefined {
  return byTab.get(tabId)?.get(nonce);
}

export async function forgetTab(tabId: number): Promise<void> {
  await loadNonces();
  if (byTab.delete(tabId)) save();
}

/** Waits until every nonce has been reported, or `ms` have passed. */
export async function waitForNonces(tabId: number, nonces: readonly string[], ms: number): Promise<void> {
  await loadNonces();
  const done = () => nonces.every((n) => framesFor(tabId, n) !== undefined);
  if (done()) return;
  await new Promise<void>((resolve) => {
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
