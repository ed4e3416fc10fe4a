/**
 * Joins every frame's layout into one picture of the tab in top-level viewport CSS px: where each
 * frame sits and where every secret field is, frames from other sites included. It errs towards
 * covering: a frame that cannot be placed has its whole box covered, and a frame that could sit in
 * more than one place (a page replaying a nonce) has its secrets covered in every one of them.
 */
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/messaging';
import type { Rect, Viewport } from '../shared/model';
import type { BackgroundToContent, FrameLayout } from '../shared/protocol';
import { framesFor, waitForNonces } from './frame-nonces';

export interface PageLayout {
  /** Offset of each frame placed in exactly one spot, in the top-level viewport. */
  offsets: Map<number, { x: number; y: number }>;
  /** Secret fields of every frame, and the boxes of frames that could not be placed. */
  rects: Rect[];
  /** The top-level viewport, when the top frame answered. */
  viewport?: Viewport;
}

/** How long a layout waits for child frames to report the nonces their parents just posted. */
const NONCE_WAIT_MS = 80;

/** Pure: frame layouts by frame id, and which frames reported which nonce → the joined picture. */
export function joinLayouts(
  layouts: ReadonlyMap<number, FrameLayout>,
  framesOf: (nonce: string) => ReadonlySet<number> | undefined,
): PageLayout {
  const candidates = new Map<number, Array<{ x: number; y: number }>>([[0, [{ x: 0, y: 0 }]]]);
  const rects: Rect[] = [];
  const queue = [0];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const base of candidates.get(id) ?? []) {
      for (const child of layouts.get(id)?.frames ?? []) {
        const at = { x: base.x + child.x, y: base.y + child.y };
        const ids = framesOf(child.nonce);
        if (!ids || ids.size === 0) {
          rects.push({ ...at, width: child.width, height: child.height });
          continue;
        }
        for (const childId of ids) {
          const spots = candidates.get(childId);
          if (!spots) {
            candidates.set(childId, [at]);
            queue.push(childId);
          } else if (!spots.some((s) => s.x === at.x && s.y === at.y) && spots.length < 8) {
            spots.push(at);
          }
        }
      }
    }
  }
  for (const [id, layout] of layouts) {
    for (const at of candidates.get(id) ?? []) {
      for (const r of layout.rects) rects.push({ ...r, x: r.x + at.x, y: r.y + at.y });
    }
  }
  const offsets = new Map<number, { x: number; y: number }>();
  for (const [id, spots] of candidates) if (spots.length === 1) offsets.set(id, spots[0]!);
  const top = layouts.get(0);
  return top ? { offsets, rects, viewport: top.viewport } : { offsets, rects };
}

export async function pageLayout(tabId: number): Promise<PageLayout> {
  const frames = (await browser.webNavigation.getAllFrames({ tabId }).catch(() => null)) ?? [{ frameId: 0 }];
  const answers = await Promise.all(
    frames.map(async (frame) => {
      try {
        const layout = await sendToTab<BackgroundToContent, 'content.frameLayout'>(
          tabId,
          'content.frameLayout',
          {},
          frame.frameId,
        );
        return [frame.frameId, layout] as const;
      } catch {
        return undefined;
      }
    }),
  );
  const layouts = new Map(answers.filter((a) => a !== undefined));
  const nonces = [...layouts.values()].flatMap((l) => l.frames.map((f) => f.nonce));
  await waitForNonces(tabId, nonces, NONCE_WAIT_MS);
  return joinLayouts(layouts, (nonce) => framesFor(tabId, nonce));
}
