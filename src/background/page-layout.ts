/**
 * Joins every frame's layout into one picture of the tab in top-level viewport CSS px: where each
 * frame sits and where every secret field is, frames from other sites included. It errs towards
 * covering: a frame that cannot be placed has its whole box covered, and a frame that could sit in
 * more than one place (a page replaying a nonce) has its secrets covered in every one of them.
 */
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/messaging';
import type { Rect, Viewport } from '../shared/model';
import type { BackgroundToContent, CoveredBox, FrameLayout } from '../shared/protocol';
import { framesFor, waitForNonces } from './frame-nonces';
import { personalRules } from './personal-rules';

export interface PageLayout {
  /** Offset of each frame placed in exactly one spot, in the top-level viewport. */
  offsets: Map<number, { x: number; y: number }>;
  /** Secret fields of every frame, and the boxes of frames that could not be placed. */
  rects: Rect[];
  /** Personal data shown in every placed frame, with its kind: filled like `rects`. */
  covered: CoveredBox[];
  /** The top-level viewport, when the top frame answered. */
  viewport?: Viewport;
  /** Frame boxes filled whole: frames that never reported, or that could sit in more than one spot. */
  framesCovered: number;
  /**
   * A frame with secret fields that sits nowhere the recorder can see (a closed shadow root, an
   * embed): its fields cannot be placed, so no screenshot of this page may be stored.
   */
  unplacedSecrets: boolean;
}

/** How long a layout waits for child frames to report the nonces their parents just posted. */
const NONCE_WAIT_MS = 80;

type Spot = { x: number; y: number; width: number; height: number };

/** How far a frame's own viewport may differ from its box in the parent (rounding, zoom). */
const SIZE_TOLERANCE = 2;

/**
 * Of the frames that reported a box's nonce, those whose own viewport, measured in this same
 * layout, fits the box. A page that relays nonces between its frames (an SDK's message bus, or a
 * page trying its luck) makes every frame report every nonce; sizes tell most of them apart.
 * When none fits (a frame resized between the two answers), all stay candidates: fail closed.
 */
function fitting(
  ids: ReadonlySet<number> | undefined,
  box: Spot,
  layouts: ReadonlyMap<number, FrameLayout>,
): ReadonlySet<number> | undefined {
  if (!ids || ids.size < 2) return ids;
  const fit = [...ids].filter((id) => {
    const view = layouts.get(id)?.viewport;
    return (
      !view ||
      (Math.abs(view.width - box.width) <= SIZE_TOLERANCE &&
        Math.abs(view.height - box.height) <= SIZE_TOLERANCE)
    );
  });
  return fit.length > 0 ? new Set(fit) : ids;
}

/**
 * Pure: frame layouts by frame id, and which frames reported which nonce → the joined picture.
 * Fails closed: a frame box whose nonce nobody reported is filled whole; a frame that could sit in
 * several spots (a page replaying nonces, decoy frames) has its whole box filled in every one of
 * them, however many; a frame with secret fields and no spot at all makes the page uncoverable.
 */
export function joinLayouts(
  layouts: ReadonlyMap<number, FrameLayout>,
  framesOf: (nonce: string) => ReadonlySet<number> | undefined,
): PageLayout {
  const top = layouts.get(0)?.viewport;
  const candidates = new Map<number, Spot[]>([
    [0, [{ x: 0, y: 0, width: top?.width ?? 0, height: top?.height ?? 0 }]],
  ]);
  const rects: Rect[] = [];
  // Frame boxes filled whole, once each however many frames could be in them.
  const wholeBoxes = new Map<string, Spot>();
  const coverWhole = (box: Spot) => wholeBoxes.set(`${box.x},${box.y},${box.width},${box.height}`, box);
  const queue = [0];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const base of candidates.get(id) ?? []) {
      for (const child of layouts.get(id)?.frames ?? []) {
        const at: Spot = {
          x: base.x + child.x,
          y: base.y + child.y,
          width: child.width,
          height: child.height,
        };
        const reporters = framesOf(child.nonce);
        const ids = fitting(reporters, at, layouts);
        // A frame with secret fields that reported this box's nonce but does not fit it may still
        // be there (resized between its answer and its parent's): the box is filled whole too.
        const unfitSecret = [...(reporters ?? [])].some(
          (id) => !ids?.has(id) && holdsPrivate(layouts.get(id)),
        );
        if (!ids || ids.size === 0 || unfitSecret) {
          coverWhole(at);
          if (!ids || ids.size === 0) continue;
        }
        for (const childId of ids) {
          const spots = candidates.get(childId);
          if (!spots) {
            candidates.set(childId, [at]);
            queue.push(childId);
          } else if (!spots.some((s) => s.x === at.x && s.y === at.y)) {
            spots.push(at);
          }
        }
      }
    }
  }
  let unplacedSecrets = false;
  const covered: CoveredBox[] = [];
  for (const [id, layout] of layouts) {
    const spots = candidates.get(id);
    if (!spots) {
      // A frame its parent can read is counted in the parent's layout; any other is lost.
      if (holdsPrivate(layout) && !layout.readableByParent) unplacedSecrets = true;
      continue;
    }
    for (const at of spots) {
      for (const r of layout.rects) rects.push({ ...r, x: r.x + at.x, y: r.y + at.y });
      for (const box of layout.covered ?? [])
        covered.push({ kind: box.kind, rect: { ...box.rect, x: box.rect.x + at.x, y: box.rect.y + at.y } });
      if (spots.length > 1) coverWhole(at);
    }
  }
  const offsets = new Map<number, { x: number; y: number }>();
  for (const [id, spots] of candidates)
    if (spots.length === 1) offsets.set(id, { x: spots[0]!.x, y: spots[0]!.y });
  rects.push(...wholeBoxes.values());
  const framesCovered = wholeBoxes.size;
  return top
    ? { offsets, rects, covered, viewport: top, framesCovered, unplacedSecrets }
    : { offsets, rects, covered, framesCovered, unplacedSecrets };
}

/** A frame with anything to fill: secret fields or personal data. */
function holdsPrivate(layout: FrameLayout | undefined): boolean {
  return (layout?.rects.length ?? 0) > 0 || (layout?.covered?.length ?? 0) > 0;
}

/**
 * Every frame's layout, joined. `known` holds layouts already in hand (the one an event carried),
 * so those frames are not asked again.
 */
export async function pageLayout(
  tabId: number,
  known?: ReadonlyMap<number, FrameLayout>,
): Promise<PageLayout> {
  const frames = (await browser.webNavigation.getAllFrames({ tabId }).catch(() => null)) ?? [{ frameId: 0 }];
  const personal = await personalRules();
  const answers = await Promise.all(
    frames.map(async (frame) => {
      try {
        const layout = await sendToTab<BackgroundToContent, 'content.frameLayout'>(
          tabId,
          'content.frameLayout',
          { personal },
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

/** Why no screenshot of a page may be stored: the recorder cannot tell where its secrets are. */
export class UncoverableError extends Error {
  override name = 'UncoverableError';
}

/** What to fill in a screenshot of the tab, in top-level CSS px, with the scale to draw it at. */
export interface Cover {
  /** Everything to fill: secret fields, frames filled whole, and personal data. */
  rects: Rect[];
  /** The personal data among `rects`, with kinds, for the step's record (image.covered). */
  covered?: CoveredBox[];
  viewportWidth: number;
  framesCovered: number;
}

/**
 * The fills for a screenshot taken now. `extra` are rects already known in top-level px (an
 * event's own, of its very moment). Throws UncoverableError when the top frame did not answer
 * (the scale of the picture is unknown) or a frame's secrets cannot be placed.
 */
export async function coverFor(tabId: number, extra: readonly Rect[] = []): Promise<Cover> {
  return coverOf(await pageLayout(tabId), extra);
}

/** The fills for a layout already joined; see coverFor. */
export function coverOf(layout: PageLayout, extra: readonly Rect[] = []): Cover {
  if (!layout.viewport) {
    throw new UncoverableError('No screenshot: Handoff could not look for secret fields on this page.');
  }
  if (layout.unplacedSecrets) {
    throw new UncoverableError(
      'No screenshot: a frame on this page holds a secret field that Handoff could not locate, so none was kept.',
    );
  }
  return {
    rects: [...extra, ...layout.rects, ...layout.covered.map((box) => box.rect)],
    ...(layout.covered.length > 0 ? { covered: layout.covered } : {}),
    viewportWidth: layout.viewport.width,
    framesCovered: layout.framesCovered,
  };
}
