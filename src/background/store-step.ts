/**
 * Writes a step the moment it is recorded, with its screenshot when the quota allows one now;
 * otherwise the step is stored at once and the screenshot attached when it is taken.
 */
import browser from 'webextension-polyfill';
import { procedures, StorageFullError, steps } from '../shared/db';
import { broadcast } from '../shared/messaging';
import type { CaptureMode, Step, StepImage, StoredImage } from '../shared/model';
import type { BackgroundToPage, CoveredBox } from '../shared/protocol';
import { showBadge } from './badge';
import { UncoverableError } from './page-layout';
import { textDetector } from './personal-rules';
import { withoutPersonalText } from './personal-text';
import { captureQueue, NotRecordingError, requestShot, type ShotRequest, TabHiddenError } from './screenshot';
import { dispatch, readSession } from './session';
import type { Standby } from './standby';

const DEFERRED_PROBLEM = {
  code: 'screenshot-pending' as const,
  // Cleared when the deferred screenshot arrives, replaced by the reason when it cannot be taken;
  // it stays if the worker stopped before then, worded to be true in that case too.
  message:
    "No screenshot: Chrome allows two screenshots a second and this one was not taken in time. Add one with the step's screenshot tools.",
};

function problemFor(error: unknown): NonNullable<Step['problem']> {
  if (error instanceof TabHiddenError) return { code: 'tab-hidden', message: error.message };
  if (error instanceof UncoverableError) return { code: 'secret-unplaced', message: error.message };
  if (error instanceof NotRecordingError) return { code: 'no-screenshot', message: error.message };
  return { code: 'no-screenshot', message: 'No screenshot: the browser refused to capture this tab.' };
}

async function announce(procedureId: string): Promise<void> {
  const [procedure, session] = await Promise.all([procedures.get(procedureId), readSession()]);
  // A deferred screenshot can land after Stop or a closed tab ended the recording: badge stays idle.
  if (session?.status === 'recording' && session.procedureId === procedureId)
    await showBadge('recording', procedure?.stepCount ?? 0);
  await broadcast<BackgroundToPage, 'page.procedureChanged'>('page.procedureChanged', { procedureId });
}

/** Storage is full: pause the recording and say so once, keeping everything stored so far. */
async function pauseForFullDisk(error: StorageFullError): Promise<void> {
  const { after } = await dispatch({ type: 'storage-full', warning: error.message, at: Date.now() });
  // Stop or a closed tab may have ended the recording meanwhile: then the badge stays idle.
  if (after?.status === 'paused') await showBadge('paused', 0);
}

/** True when the tab's top frame now shows another document than `documentId` (Chrome only). */
async function documentReplaced(tabId: number, documentId: string): Promise<boolean> {
  const frame = await browser.webNavigation.getFrame({ tabId, frameId: 0 }).catch(() => null);
  const now = (frame as { documentId?: unknown } | null)?.documentId;
  return typeof now === 'string' && now !== documentId;
}

/** The schema's cap on boxes recorded per image: more are still filled, only not listed. */
const MAX_COVERED = 2000;

/** The record of what personal data was filled: boxes rounded to 0.01 px, kinds; never text. */
function coveredField(boxes: readonly CoveredBox[] = []): { covered?: StepImage['covered'] } {
  if (boxes.length === 0) return {};
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    covered: boxes.slice(0, MAX_COVERED).map(({ rect, kind }) => ({
      rect: { x: round(rect.x), y: round(rect.y), width: round(rect.width), height: round(rect.height) },
      kind,
    })),
  };
}

/** A step's image record from a capture. */
function imageOf(
  mode: CaptureMode,
  shot: { image: StoredImage; framesCovered: number; covered?: CoveredBox[] },
  capturedAt: number,
): StepImage {
  return {
    imageId: shot.image.id,
    mode,
    capturedAt,
    ...(shot.framesCovered ? { framesCovered: shot.framesCovered } : {}),
    ...coveredField(shot.covered),
  };
}

/**
 * The standby picture a step may use: `fresh` when the page has not changed since it was taken
 * (it is then the step's "before" picture and nothing else is captured).
 */
export interface StandbyChoice {
  standby: Standby;
  fresh: boolean;
}

/** Stores the step on the standby picture: as it was (fresh) or as taken a moment earlier. */
function onStandby(step: Step, { standby, fresh }: StandbyChoice): Promise<void> {
  const withShot: Step = {
    ...step,
    image: imageOf(fresh ? 'standby' : 'earlier', standby, standby.capturedAt),
  };
  return steps.append(withShot, standby.image);
}

export async function storeStep(recorded: Step, shot?: ShotRequest, standby?: StandbyChoice): Promise<void> {
  // Every recorded step passes here: personal data leaves its text before anything is stored.
  const step = withoutPersonalText(recorded, await textDetector());
  try {
    if (!shot) {
      await steps.append(step);
    } else if (standby && (standby.fresh || captureQueue.wouldDefer(shot.tabId))) {
      // The page as the person saw it before acting; a deferred capture would show the result.
      await onStandby(step, standby);
    } else {
      const ticket = requestShot(shot);
      if (ticket.mode === 'deferred') {
        await steps.append({ ...step, problem: step.problem ?? DEFERRED_PROBLEM });
        void ticket.result
          .then(({ image, framesCovered, covered }) =>
            steps.attachImage(step.id, image, 'deferred', framesCovered, coveredField(covered).covered),
          )
          .catch((error: unknown) => steps.markProblem(step.id, problemFor(error)))
          .then(() => announce(step.procedureId))
          .catch(() => undefined);
      } else {
        try {
          const captured = await ticket.result;
          // An action that submitted a form or followed a link may have put the next page in front
          // before the capture: the standby shows the page the action happened on.
          if (standby && shot.documentId && (await documentReplaced(shot.tabId, shot.documentId))) {
            await onStandby(step, { ...standby, fresh: false });
            await announce(step.procedureId);
            return;
          }
          await steps.append({ ...step, image: imageOf(ticket.mode, captured, Date.now()) }, captured.image);
        } catch (error) {
          if (error instanceof StorageFullError) throw error;
          // A click that navigates or opens a tab leaves no time for a live capture: the standby
          // picture shows the page a moment before. Never after Pause: that stays without one.
          if (standby && !(error instanceof NotRecordingError))
            await onStandby(step, { ...standby, fresh: false });
          else await steps.append({ ...step, problem: step.problem ?? problemFor(error) });
        }
      }
    }
  } catch (error) {
    if (error instanceof StorageFullError) await pauseForFullDisk(error);
    throw error;
  }
  await announce(step.procedureId);
}
