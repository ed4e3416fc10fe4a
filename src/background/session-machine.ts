/**
 * The recording session as one state machine: a schema for what is kept in storage.session, the
 * events that change it, and a pure reducer `(session, event) → session`. Idle is `undefined`
 * (nothing stored). An event that does not apply in the current state returns the very same
 * object, so the store knows there is nothing to write. No browser API here: the listeners turn
 * browser events into these events, and session.ts reads, reduces and writes.
 */
import * as v from 'valibot';

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const Epoch = v.pipe(v.number(), v.finite());

const common = {
  procedureId: v.pipe(v.string(), v.minLength(1)),
  /** Tabs being recorded: the starting tab and tabs it opened. */
  tabIds: v.pipe(v.array(TabId), v.minLength(1)),
  /** The tab of the latest step, to notice a switch to another recorded tab. */
  lastTabId: TabId,
  /** Per tab: epoch ms of the latest click or key, to tell navigations the person caused. */
  lastActionAt: v.record(v.string(), Epoch),
  /** Tabs opened from a recorded tab whose first page has not finished loading. */
  openingTabIds: v.array(TabId),
  /** Tabs whose next completed load should become a "Go to" step. */
  pendingLoadTabIds: v.array(TabId),
  startedAt: Epoch,
  /** Time spent in pauses that have ended, so the popup's clock shows time spent recording. */
  pausedMs: v.pipe(v.number(), v.minValue(0)),
  /** Match patterns of the sites visited, where the recorder is registered at document_start. */
  sites: v.array(v.string()),
  /** One sentence for the person: storage full, a page that cannot be recorded. */
  warning: v.optional(v.string()),
};

export const SessionSchema = v.pipe(
  v.variant('status', [
    v.object({ status: v.literal('recording'), ...common }),
    /** `pausedAt`: when the current pause began (epoch ms). */
    v.object({ status: v.literal('paused'), pausedAt: Epoch, ...common }),
  ]),
  v.check(
    (s) =>
      s.tabIds.includes(s.lastTabId) &&
      s.openingTabIds.every((id) => s.tabIds.includes(id)) &&
      s.pendingLoadTabIds.every((id) => s.tabIds.includes(id)),
    'A session only refers to tabs it records.',
  ),
);

export type Session = v.InferOutput<typeof SessionSchema>;
export type RecordingSession = Extract<Session, { status: 'recording' }>;
export type PausedSession = Extract<Session, { status: 'paused' }>;
/** Nothing stored: no recording runs. */
export type SessionState = Session | undefined;

/** A stored value checked against the schema: the session, or idle and why the value was refused. */
export function parseSession(stored: unknown): { session: SessionState; problem?: string } {
  if (stored === undefined) return { session: undefined };
  const parsed = v.safeParse(SessionSchema, stored);
  if (parsed.success) return { session: parsed.output };
  return { session: undefined, problem: v.summarize(parsed.issues) };
}

export type SessionEvent =
  /** Start pressed on `tabId`; the procedure was created for this session. */
  | { type: 'start'; procedureId: string; tabId: number; site: string | undefined; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'stop' }
  /** A recorded tab opened another (target=_blank, window.open). */
  | { type: 'tab-opened'; sourceTabId: number; tabId: number }
  | { type: 'tab-closed'; tabId: number }
  /** The person brought a tab to the front. */
  | { type: 'tab-activated'; tabId: number }
  /** A tab is about to load a page of `site` (a match pattern). */
  | { type: 'site-visited'; tabId: number; site: string }
  /** A document committed in a tab (webNavigation.onCommitted). */
  | {
      type: 'navigated';
      tabId: number;
      frameId: number;
      recordable: boolean;
      transitionType: string;
      transitionQualifiers: readonly string[];
      at: number;
    }
  /** A tab's top-level page finished loading (webNavigation.onCompleted, frame 0). */
  | { type: 'page-loaded'; tabId: number }
  /** A click or key press was recorded in the tab. */
  | { type: 'acted'; tabId: number; at: number }
  | { type: 'page-unrecordable'; warning: string }
  | { type: 'storage-full'; warning: string; at: number }
  /** The service worker started (first start or after Chrome stopped it); the session carries on. */
  | { type: 'worker-restarted' };

/** A navigation this soon after an action in the same tab was caused by it. */
export const CAUSED_WITHIN_MS = 2500;

/** Transitions the person makes in the browser itself, never as the result of a click in the page. */
const BROWSER_TRANSITIONS = new Set([
  'typed',
  'auto_bookmark',
  'keyword',
  'keyword_generated',
  'generated',
  'reload',
  'start_page',
]);

export function isRecordedTab(session: SessionState, tabId: number | undefined): session is Session {
  return session !== undefined && tabId !== undefined && session.tabIds.includes(tabId);
}

export function causedByAction(session: Session, tabId: number, now: number): boolean {
  const last = session.lastActionAt[String(tabId)];
  return last !== undefined && now - last <= CAUSED_WITHIN_MS;
}

export function isOwnNavigation(transitionType: string, qualifiers: readonly string[]): boolean {
  return (
    BROWSER_TRANSITIONS.has(transitionType) ||
    qualifiers.includes('from_address_bar') ||
    qualifiers.includes('forward_back')
  );
}

/** Whether a committed top-level load should become a "Go to" step once it completes. */
function wantsLoadStep(session: Session, e: Extract<SessionEvent, { type: 'navigated' }>): boolean {
  if (e.frameId !== 0 || !e.recordable) return false;
  if (session.openingTabIds.includes(e.tabId)) return false;
  if (isOwnNavigation(e.transitionType, e.transitionQualifiers)) return true;
  const redirect =
    e.transitionQualifiers.includes('server_redirect') || e.transitionQualifiers.includes('client_redirect');
  return !redirect && !causedByAction(session, e.tabId, e.at);
}

const without = (list: readonly number[], id: number): number[] => list.filter((x) => x !== id);

function withoutKey(record: Readonly<Record<string, number>>, key: string): Record<string, number> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}

function closeTab(session: Session, tabId: number): SessionState {
  const tabIds = without(session.tabIds, tabId);
  const [first] = tabIds;
  if (first === undefined) return undefined;
  return {
    ...session,
    tabIds,
    openingTabIds: without(session.openingTabIds, tabId),
    pendingLoadTabIds: without(session.pendingLoadTabIds, tabId),
    lastActionAt: withoutKey(session.lastActionAt, String(tabId)),
    lastTabId: session.lastTabId === tabId ? first : session.lastTabId,
  };
}

/** Resume: the pause's length joins the paused time; the warning that came with it is read. */
function resumed({ pausedAt, warning: _read, ...rest }: PausedSession, at: number): RecordingSession {
  return { ...rest, status: 'recording', pausedMs: rest.pausedMs + Math.max(0, at - pausedAt) };
}

/** The next session. Returns `session` itself when the event does not apply in its state. */
export function reduce(session: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'start':
      if (session) return session; // Start pressed twice keeps the recording that runs.
      return {
        status: 'recording',
        procedureId: event.procedureId,
        tabIds: [event.tabId],
        lastTabId: event.tabId,
        lastActionAt: {},
        openingTabIds: [],
        pendingLoadTabIds: [],
        startedAt: event.at,
        pausedMs: 0,
        sites: event.site === undefined ? [] : [event.site],
      };
    case 'stop':
      return undefined;
    case 'worker-restarted':
      return session;
  }
  if (!session) return session;
  switch (event.type) {
    case 'pause':
      return session.status === 'recording' ? { ...session, status: 'paused', pausedAt: event.at } : session;
    case 'resume':
      return session.status === 'paused' ? resumed(session, event.at) : session;
    case 'storage-full':
      // The recording pauses and says why, once; whatever was stored so far stays.
      return session.status === 'recording'
        ? { ...session, status: 'paused', pausedAt: event.at, warning: event.warning }
        : session.warning === event.warning
          ? session
          : { ...session, warning: event.warning };
    case 'page-unrecordable':
      return session.warning === event.warning ? session : { ...session, warning: event.warning };
    case 'tab-opened':
      if (!isRecordedTab(session, event.sourceTabId) || session.tabIds.includes(event.tabId)) return session;
      return {
        ...session,
        tabIds: [...session.tabIds, event.tabId],
        openingTabIds: [...session.openingTabIds, event.tabId],
      };
  }
  // Every other event is about one tab, and only a recorded tab's events change anything.
  if (!session.tabIds.includes(event.tabId)) return session;
  switch (event.type) {
    case 'tab-closed':
      return closeTab(session, event.tabId);
    case 'tab-activated':
      return session.lastTabId === event.tabId ? session : { ...session, lastTabId: event.tabId };
    case 'site-visited':
      return session.sites.includes(event.site)
        ? session
        : { ...session, sites: [...session.sites, event.site] };
    case 'navigated':
      return wantsLoadStep(session, event) && !session.pendingLoadTabIds.includes(event.tabId)
        ? { ...session, pendingLoadTabIds: [...session.pendingLoadTabIds, event.tabId] }
        : session;
    case 'page-loaded':
      if (!session.openingTabIds.includes(event.tabId) && !session.pendingLoadTabIds.includes(event.tabId))
        return session;
      return {
        ...session,
        openingTabIds: without(session.openingTabIds, event.tabId),
        pendingLoadTabIds: without(session.pendingLoadTabIds, event.tabId),
        lastTabId: event.tabId,
      };
    case 'acted':
      return { ...session, lastActionAt: { ...session.lastActionAt, [String(event.tabId)]: event.at } };
  }
}
