/**
 * The one place that reads, reduces and writes the recording session. It lives in
 * storage.session, not in globals: Chrome stops an idle service worker after ~30 s and every
 * global is lost, but storage.session survives until the browser (or the extension) restarts.
 * Every update runs in one queue, so two events handled at once cannot read-modify-write over
 * each other. What is read is checked against the schema (session-machine.ts); a value that fails
 * counts as idle, with a warning, and the next update removes it.
 */
import { sessionArea } from '../shared/platform';
import { parseSession, reduce, type Session, type SessionEvent, type SessionState } from './session-machine';

export { isRecordedTab, type Session } from './session-machine';

const KEY = 'handoff.session';

let queue: Promise<unknown> = Promise.resolve();

async function readStored(): Promise<{ session: SessionState; invalid: boolean }> {
  const stored = await sessionArea().get(KEY);
  const { session, problem } = parseSession(stored[KEY]);
  if (problem !== undefined)
    console.warn('Handoff: the stored recording session is invalid; treated as idle:', problem);
  return { session, invalid: problem !== undefined };
}

/** The session as stored now (idle: undefined). */
export async function readSession(): Promise<Session | undefined> {
  return (await readStored()).session;
}

/** An event, or a function of the current session that gives one (or none) after async work. */
export type SessionUpdate =
  | SessionEvent
  | ((current: SessionState) => Promise<SessionEvent | undefined> | SessionEvent | undefined);

export interface Applied {
  before: SessionState;
  after: SessionState;
  /** An invalid stored value was found and removed. */
  discarded: boolean;
}

/** Applies one event in order with every other update; resolves with the session before and after. */
export function dispatch(update: SessionUpdate): Promise<Applied> {
  const run = queue.then(async (): Promise<Applied> => {
    const { session: before, invalid } = await readStored();
    const event = typeof update === 'function' ? await update(before) : update;
    const after = event ? reduce(before, event) : before;
    if (after !== before || invalid) {
      if (after) await sessionArea().set({ [KEY]: after });
      else await sessionArea().remove(KEY);
    }
    return { before, after, discarded: invalid };
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Reads the session after every update already queued, so events are seen in the order they came. */
export async function readSessionInOrder(): Promise<SessionState> {
  return (await dispatch(() => undefined)).before;
}
