/**
 * Joins every frame's layout into one picture of the tab in top-level viewport CSS px: where each
 * frame sits and where every secret field is, frames from other sites included.
 */
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/messaging';
import type { Rect, Viewport } from '../shared/model';
import type { BackgroundToContent, FrameLayout } from '../shared/protocol';

export interface PageLayout {
  /** Offset of each placed frame's viewport in the top-level viewport. */
  offsets: Map<number, { x: number; y: number }>;
  /** Secret fields of every placed frame, in top-level CSS px. */
  rects: Rect[];
  /** The top-level viewport, when the top frame answered. */
  viewport?: Viewport;
}

/** Pure: frame layouts by frame id → offsets and rects. Frame 0 is the top. */
export function joinLayouts(layouts: ReadonlyMap<number, FrameLayout>): PageLayout {
  const idByToken = new Map<string, number>();
  for (const [id, layout] of layouts) idByToken.set(layout.token, id);
  const offsets = new Map<number, { x: number; y: number }>([[0, { x: 0, y: 0 }]]);
  const queue = [0];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const layout = layouts.get(id);
    const base = offsets.get(id)!;
    for (const child of layout?.frames ?? []) {
      const childId = idByToken.get(child.token);
      if (childId === undefined || offsets.has(childId)) continue;
      offsets.set(childId, { x: base.x + child.x, y: base.y + child.y });
      queue.push(childId);
    }
  }
  const rects: Rect[] = [];
  for (const [id, layout] of layouts) {
    const at = offsets.get(id);
    if (!at) continue;
    for (const r of layout.rects) rects.push({ ...r, x: r.x + at.x, y: r.y + at.y });
  }
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
  return joinLayouts(new Map(answers.filter((a) => a !== undefined)));
}
