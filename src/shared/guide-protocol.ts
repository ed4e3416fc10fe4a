/**
 * Messages of guided runs ("Guide me"), kept apart from the recording's protocol.ts. The guide's
 * content script shows a step and reports the person's own actions; the background owns the run
 * (which step, which tabs, since when) in storage.session. Names exist here only.
 */
import type { SelectWidget, StepNote, Target } from './model';
import { messageNames } from './protocol';

/** What the person does to complete a step, as the guide checks it from trusted events. */
export type Expectation =
  | { kind: 'click'; button: 'left' | 'middle' | 'right' }
  | { kind: 'type' }
  | { kind: 'select'; widget?: SelectWidget }
  | { kind: 'check' }
  | { kind: 'key'; keys: string[] }
  /** Nothing the guide can verify on the page (a manual step, a page change): the person presses Done. */
  | { kind: 'done' };

export interface GuideStepView {
  runId: string;
  stepId: string;
  /** 0-based position of the step in the run. */
  index: number;
  total: number;
  sentence: string;
  note?: StepNote;
  /** An input the assistant supplies: its description, never a value. */
  input?: string;
  expect: Expectation;
  /** The recorded element, for the locator; absent for steps that act on no element. */
  target?: Target;
  hasPicture: boolean;
}

/** What a guided tab shows now. */
export type GuideShow =
  | { state: 'step'; view: GuideStepView }
  | { state: 'finished'; runId: string; total: number; skipped: number; tookMs: number; took: string }
  | { state: 'off' };

export type GuideControl = 'back' | 'skip' | 'done' | 'stop';

/** A step's screenshot for the panel: the image's bytes and where to crop and mark it. */
export interface GuidePicture {
  /** Base64 of the stored image; messages are JSON, so no Blob or ArrayBuffer. */
  base64: string;
  type: string;
  width: number;
  height: number;
  /** The focused view's crop in image pixels, when the step has one. */
  crop?: { x: number; y: number; width: number; height: number };
  /** The marker as percentages of the shown picture (the crop, or the whole image). */
  marker?: { left: number; top: number; width: number; height: number };
}

/** From the guide's content script (top frame of a guided tab) to the background. */
export type GuideContentToBackground = {
  'guide.hello': (payload: { url: string }) => GuideShow;
  /** The person did the step on its element, seen from trusted events only. */
  'guide.acted': (payload: { runId: string; stepId: string }) => GuideShow;
  'guide.control': (payload: { runId: string; stepId: string; control: GuideControl }) => GuideShow;
  'guide.picture': (payload: { runId: string; stepId: string }) => GuidePicture | null;
};

export interface GuideStatus {
  active: boolean;
  procedureId?: string;
  tabIds?: number[];
  index?: number;
}

/** From the editor and library to the background. */
export type GuidePageToBackground = {
  /** Opens the procedure's first page in a new tab and starts guiding there. */
  'page.guide.start': (payload: { procedureId: string }) => GuideStatus & { tabId: number };
  'page.guide.status': (payload: Record<string, never>) => GuideStatus;
};

/** From the background to the guide's content script. */
export type GuideBackgroundToContent = {
  'guide.show': (payload: GuideShow) => undefined;
};

export const GUIDE_CONTENT_TO_BACKGROUND = messageNames<GuideContentToBackground>()([
  'guide.hello',
  'guide.acted',
  'guide.control',
  'guide.picture',
]);
export const GUIDE_PAGE_TO_BACKGROUND = messageNames<GuidePageToBackground>()([
  'page.guide.start',
  'page.guide.status',
]);
