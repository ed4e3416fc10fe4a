/**
 * "The same element on other steps": where a region covered on one step's screenshot shows on the
 * others, so one coverage can be burned into all of them. Two rules, either is enough:
 *
 * 1. Element: when the region is the step's recorded element box (its target, or the form or
 *    table around it: overlap of at least MATCH_IOU), every other step on the same site whose
 *    target has the same first selector, tag and role shows that element at its own recorded box;
 *    the region lands there, keeping the margin the person drew around the box.
 * 2. Place: a step on the same page (origin and path; stored addresses carry no query) with the
 *    same viewport size (within a CSS pixel) shows the region at the same place, if its pixels
 *    around the region (a band RING_CSS wide, the region itself left out since one copy is already
 *    covered) match the source's: at least RING_SAME of the sampled points alike, and the marks on
 *    each band (points off its background: text, borders) found in the other. A band of one
 *    plain colour proves nothing (a scrolled page shows blank margins too), so such a source
 *    matches nothing by place.
 *
 * Steps already covered there, and steps whose box lies outside their screenshot, are left out.
 * Pure: the pixels are read elsewhere (editor/state/ring-pixels.ts) and passed in as colours.
 */
import type { Rect, Step, Viewport } from '../model';
import { coveredOf } from './coverage';

export const MATCH_IOU = 0.7;
/** Width of the band around a region whose pixels are compared, CSS px. */
export const RING_CSS = 16;
/** Gap left between the region and its band, CSS px: the fill's rounded edge is not the page's. */
export const RING_GAP = 2;
/** Largest channel difference for two sampled colours to count as alike. */
export const RING_TOLERANCE = 24;
/** Share of sampled points that must be alike for the surroundings to be the same. */
export const RING_SAME = 0.9;
/** A band with fewer marks (points off its background colour) than this is plain: it proves nothing. */
export const RING_MIN_MARKS = 8;
/** …or than this share of its points. */
export const RING_MIN_MARK_SHARE = 0.005;
/** Share of each band's marks that must be alike in the other band. */
export const RING_MARKS_SAME = 0.8;
/** Most points sampled in one band; the grid spacing grows with the band's length. */
export const RING_POINTS = 1200;

export type MatchRule = 'element' | 'place';

export interface Candidate {
  stepId: string;
  /** Where to cover on that step, CSS px of its screenshot. */
  rect: Rect;
  rule: MatchRule;
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

type Shown = Pick<Step, 'id' | 'url' | 'image' | 'viewport' | 'target'>;

/**
 * Scheme and host, and the path, of an address as stored. Not parsed with URL: stored addresses
 * may carry a hidden part in the host (an IP address shown as "…" when the person hides those),
 * which URL refuses, and the same hidden host is still the same page to compare.
 */
function parts(url: string): { origin: string; path: string } | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)/i.exec(url);
  if (!m) return undefined;
  return { origin: m[1]!.toLowerCase(), path: m[2] || '/' };
}

/** Origin and path of a step's address, or undefined for one that is not a web address. */
export function pageOf(url: string): string | undefined {
  const p = parts(url);
  return p && `${p.origin}${p.path}`;
}

const originOf = (url: string) => parts(url)?.origin;

export function sameViewportSize(a: Viewport | undefined, b: Viewport | undefined): boolean {
  return !!a && !!b && Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1;
}

function area(r: Rect): number {
  return Math.max(0, r.width) * Math.max(0, r.height);
}

function intersection(a: Rect, b: Rect): Rect | undefined {
  const x1 = Math.max(a.x, b.x);
  const y1 = Math.max(a.y, b.y);
  const x2 = Math.min(a.x + a.width, b.x + b.width);
  const y2 = Math.min(a.y + a.height, b.y + b.height);
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, width: x2 - x1, height: y2 - y1 } : undefined;
}

/** Intersection over union of two boxes, 0 when apart. */
export function overlap(a: Rect, b: Rect): number {
  const both = intersection(a, b);
  if (!both) return 0;
  const shared = area(both);
  return shared / (area(a) + area(b) - shared);
}

/** True when most of `rect` is already covered on that step (no second fill on the same place). */
function alreadyCovered(step: Shown, rect: Rect): boolean {
  const size = area(rect);
  return coveredOf(step).some((c) => {
    const both = intersection(c.rect, rect);
    return !!both && size > 0 && area(both) / size >= 0.9;
  });
}

function insideScreenshot(step: Shown, rect: Rect): boolean {
  const vp = step.viewport;
  return !!vp && !!intersection(rect, { x: 0, y: 0, width: vp.width, height: vp.height });
}

const selectorKey = (target: NonNullable<Step['target']>) => target.selectors[0]?.join('\u0000');

/** The recorded box of `target` the region is drawn on (the element or its context), if any. */
function boxUnder(region: Rect, target: NonNullable<Step['target']>): 'rect' | 'context' | undefined {
  if (overlap(region, target.rect) >= MATCH_IOU) return 'rect';
  if (target.context && overlap(region, target.context) >= MATCH_IOU) return 'context';
  return undefined;
}

/** Rule 1's box on `other`: the same box of its target, moved by the margin drawn on the source. */
function elementRect(region: Rect, source: Shown, other: Shown): Rect | undefined {
  const from = source.target;
  const to = other.target;
  if (!from || !to) return undefined;
  const which = boxUnder(region, from);
  if (!which) return undefined;
  const key = selectorKey(from);
  if (!key || key !== selectorKey(to) || from.tag !== to.tag || from.role !== to.role) return undefined;
  const fromOrigin = originOf(source.url);
  if (!fromOrigin || fromOrigin !== originOf(other.url)) return undefined;
  const a = which === 'rect' ? from.rect : from.context;
  const b = which === 'rect' ? to.rect : to.context;
  if (!a || !b) return undefined;
  return {
    x: b.x + (region.x - a.x),
    y: b.y + (region.y - a.y),
    width: b.width + (region.width - a.width),
    height: b.height + (region.height - a.height),
  };
}

/**
 * Steps that may show the region of `sourceId`: rule 1 matches are final, rule 2 ones still need
 * their surroundings compared (`sameSurroundings`). In step order, the source left out.
 */
export function candidates(steps: readonly Shown[], sourceId: string, region: Rect): Candidate[] {
  const source = steps.find((s) => s.id === sourceId);
  if (!source?.image || !source.viewport) return [];
  const page = pageOf(source.url);
  const out: Candidate[] = [];
  for (const other of steps) {
    if (other.id === sourceId || !other.image || !other.viewport) continue;
    const byElement = elementRect(region, source, other);
    if (byElement) {
      if (insideScreenshot(other, byElement) && !alreadyCovered(other, byElement))
        out.push({ stepId: other.id, rect: byElement, rule: 'element' });
      continue;
    }
    if (!page || pageOf(other.url) !== page || !sameViewportSize(source.viewport, other.viewport)) continue;
    if (!alreadyCovered(other, region)) out.push({ stepId: other.id, rect: { ...region }, rule: 'place' });
  }
  return out;
}

/**
 * Points (CSS px of the viewport) sampled on a grid in the band around `region`, inside the
 * viewport, the region and a RING_GAP around it left out.
 */
export function ringPoints(
  region: Rect,
  viewport: Pick<Viewport, 'width' | 'height'>,
): Array<{ x: number; y: number }> {
  const x1 = Math.max(0, region.x - RING_CSS);
  const y1 = Math.max(0, region.y - RING_CSS);
  const x2 = Math.min(viewport.width, region.x + region.width + RING_CSS);
  const y2 = Math.min(viewport.height, region.y + region.height + RING_CSS);
  if (x2 <= x1 || y2 <= y1) return [];
  const inner = intersection(region, { x: x1, y: y1, width: x2 - x1, height: y2 - y1 });
  const bandArea = (x2 - x1) * (y2 - y1) - (inner ? area(inner) : 0);
  const spacing = Math.max(1, Math.sqrt(Math.max(1, bandArea) / RING_POINTS));
  const points: Array<{ x: number; y: number }> = [];
  for (let y = y1 + spacing / 2; y < y2; y += spacing) {
    for (let x = x1 + spacing / 2; x < x2; x += spacing) {
      // The fill is rounded outwards to whole device pixels: keep clear of its edge too.
      const nearRegion =
        x >= region.x - RING_GAP &&
        x < region.x + region.width + RING_GAP &&
        y >= region.y - RING_GAP &&
        y < region.y + region.height + RING_GAP;
      if (!nearRegion) points.push({ x, y });
    }
  }
  return points;
}

const alike = (a: Rgb, b: Rgb) =>
  Math.abs(a.r - b.r) <= RING_TOLERANCE &&
  Math.abs(a.g - b.g) <= RING_TOLERANCE &&
  Math.abs(a.b - b.b) <= RING_TOLERANCE;

/** The band's most common colour, bucketed coarsely so anti-aliasing does not split it. */
function background(colours: readonly Rgb[]): Rgb | undefined {
  const counts = new Map<string, { n: number; c: Rgb }>();
  for (const c of colours) {
    const key = `${c.r >> 5},${c.g >> 5},${c.b >> 5}`;
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { n: 1, c });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.c;
}

/** Indices of the points that are not the background: text, borders, pictures. */
function marks(colours: readonly Rgb[], bg: Rgb): number[] {
  const out: number[] = [];
  colours.forEach((c, i) => {
    if (!alike(c, bg)) out.push(i);
  });
  return out;
}

const enoughMarks = (count: number, of: number) =>
  count >= Math.max(RING_MIN_MARKS, RING_MIN_MARK_SHARE * of);

/** True when the band has (nearly) nothing on it but its background, so matching it proves nothing. */
export function plainBand(colours: readonly Rgb[]): boolean {
  const bg = background(colours);
  return !bg || !enoughMarks(marks(colours, bg).length, colours.length);
}

/**
 * Rule 2's pixel test: the source's band has marks on it (text, borders), nearly every point is
 * alike in both, and the marks of each band are found in the other: on a page of text on white,
 * the few marks are what says "same place", so they must match, not only the white around them.
 */
export function sameSurroundings(source: readonly Rgb[], other: readonly Rgb[]): boolean {
  if (source.length === 0 || source.length !== other.length) return false;
  const bg = background(source)!;
  const ours = marks(source, bg);
  if (!enoughMarks(ours.length, source.length)) return false;
  let same = 0;
  for (let i = 0; i < source.length; i++) if (alike(source[i]!, other[i]!)) same++;
  if (same / source.length < RING_SAME) return false;
  const found = (indices: number[]) =>
    indices.filter((i) => alike(source[i]!, other[i]!)).length / Math.max(1, indices.length);
  return found(ours) >= RING_MARKS_SAME && found(marks(other, bg)) >= RING_MARKS_SAME;
}
