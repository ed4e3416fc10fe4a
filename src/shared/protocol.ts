/**
 * The message map: the only place message names exist. Each direction has its own map so that
 * a handler cannot be registered for a message its sender never sends.
 */
import type { Rect, Viewport } from './model';
import type { DetectedKind, PersonalDataKind } from './personal-data';
import type { PickedRule } from './personal-data/picked';

/** What the content script saw, before the background turns it into a stored Step (shared/schema/event.ts). */
export type { ObservedEvent } from './schema/event';

import type { ObservedEvent } from './schema/event';

export type ObservedEventType = ObservedEvent['type'];

export type RecordingStatus = 'idle' | 'recording' | 'paused';

export interface RecordingSnapshot {
  status: RecordingStatus;
  procedureId?: string;
  stepCount: number;
  /** One sentence for the person when something needs their attention (storage full, page unrecordable). */
  warning?: string;
  /** While recording: epoch ms it began, and ms spent paused, so the popup can show the time elapsed. */
  startedAt?: number;
  pausedMs?: number;
  /** While paused: epoch ms the pause began. */
  pausedAt?: number;
  /** While recording: the tab of the latest step, where the recording goes on. */
  tab?: { title: string; url: string };
}

export interface CaptureResult {
  imageId: string;
  width: number;
  height: number;
}

/** Messages that the content script sends to the background. */
export type ContentToBackground = {
  /** Asks whether this document should record; the reply attaches or detaches the listeners. */
  'content.hello': (payload: { url: string }) => { record: boolean; paused: boolean };
  /** This frame was given a nonce by its parent's recorder (see content/frame-link.ts). */
  'content.frameAsked': (payload: { nonce: string }) => undefined;
  /** The recorded page settled after a change: a standby screenshot may be taken (background/standby.ts). */
  'content.settled': (payload: { stamp: string }) => undefined;
  /** One observed action; resolved once the step is safely in IndexedDB. */
  'content.event': (payload: ObservedEvent) => { stored: true; stepId: string };
  /** The person picked an element to cover on this site (its selector), or cancelled (none). */
  'content.personal.picked': (payload: { selector?: string }) => undefined;
};

/** Messages that the extension's own pages (popup, editor, library) send to the background. */
export type PageToBackground = {
  'page.recording.start': (payload: { tabId: number }) => RecordingSnapshot;
  'page.recording.stop': (
    payload: Record<string, never>,
  ) => RecordingSnapshot & { stoppedProcedureId?: string };
  'page.recording.pause': (payload: Record<string, never>) => RecordingSnapshot;
  'page.recording.resume': (payload: Record<string, never>) => RecordingSnapshot;
  'page.recording.status': (payload: Record<string, never>) => RecordingSnapshot;
  /** A fresh screenshot of a tab, with secret fields blacked out, stored for the given procedure. */
  'page.capture.tab': (payload: { tabId: number; procedureId: string }) => CaptureResult;
  /** An editor page is closing: screenshots only its undo history could bring back may go. */
  'page.editor.closed': (payload: { procedureId: string }) => undefined;
  /** "Cover an element…" in the popup: the recorded tab lets the person pick one. */
  'page.personal.pick': (payload: Record<string, never>) => { picking: boolean };
};

/** One frame's secret fields and cross-origin child frames, in its own viewport's CSS px. */
export interface FrameLayout {
  viewport: Viewport;
  rects: Rect[];
  /** Personal data shown in this frame (content/personal-scan.ts), when the rules asked for any. */
  covered?: CoveredBox[];
  /** Cross-origin child frames, by the nonce posted into each, with their viewports' boxes here. */
  frames: Array<{ nonce: string; x: number; y: number; width: number; height: number }>;
  /** Set when the parent frame can read this one: the parent's layout already holds these rects. */
  readableByParent?: true;
}

/** A box of personal data to fill, and what kind it is (never the text it covers). */
export interface CoveredBox {
  rect: Rect;
  kind: PersonalDataKind;
}

/** What counts as personal data for a recording (shared/personal-data/settings.ts), sent with each layout request. */
export interface PersonalRules {
  kinds: DetectedKind[];
  patterns: string[];
  picked: PickedRule[];
}

/** Messages that the background sends to content scripts in recorded tabs. */
export type BackgroundToContent = {
  'content.state': (payload: { record: boolean; paused: boolean }) => undefined;
  /** This frame's layout, so the background can place frames from other sites; `personal`: what to look for. */
  'content.frameLayout': (payload: { personal?: PersonalRules }) => FrameLayout;
  /** "Cover an element…": the top frame lets the person pick an element (content/picker.ts). */
  'content.personal.pick': (payload: Record<string, never>) => undefined;
};

/** Notifications that the background broadcasts to the extension's own pages. */
export type BackgroundToPage = {
  'page.procedureChanged': (payload: { procedureId: string }) => undefined;
  'page.recordingChanged': (payload: RecordingSnapshot) => undefined;
};

/**
 * The names of each map's messages as values, for the code that checks them at run time (the
 * conventions tests, the handler maps). `messageNames` refuses to compile when a list misses a
 * message of its map or names one the map does not have.
 */
export const messageNames =
  <M extends MessageMap>() =>
  <const L extends readonly (keyof M & string)[]>(
    names: L & (Exclude<keyof M & string, L[number]> extends never ? unknown : never),
  ): L =>
    names;

export const CONTENT_TO_BACKGROUND = messageNames<ContentToBackground>()([
  'content.hello',
  'content.frameAsked',
  'content.settled',
  'content.event',
  'content.personal.picked',
]);
export const PAGE_TO_BACKGROUND = messageNames<PageToBackground>()([
  'page.recording.start',
  'page.recording.stop',
  'page.recording.pause',
  'page.recording.resume',
  'page.recording.status',
  'page.capture.tab',
  'page.editor.closed',
  'page.personal.pick',
]);
export const BACKGROUND_TO_CONTENT = messageNames<BackgroundToContent>()([
  'content.state',
  'content.frameLayout',
  'content.personal.pick',
]);
export const BACKGROUND_TO_PAGE = messageNames<BackgroundToPage>()([
  'page.procedureChanged',
  'page.recordingChanged',
]);

export type MessageMap = Record<string, (payload: never) => unknown>;
export type PayloadOf<M extends MessageMap, K extends keyof M> = Parameters<M[K]>[0];
export type ResultOf<M extends MessageMap, K extends keyof M> = ReturnType<M[K]>;
export type Handlers<M extends MessageMap, Ctx> = {
  [K in keyof M]: (payload: PayloadOf<M, K>, context: Ctx) => Promise<ResultOf<M, K>>;
};
