/**
 * The pointer's path within a step: it waits a moment, glides to the marked element with an
 * ease-in-out, presses (a ring grows and fades), and stays there. Pure: a time in, a position out.
 */
import type { Rect } from '../model';

export interface Point {
  x: number;
  y: number;
}

/** Seconds from the start of a step, for a step of at least TIMING_BASIS seconds. */
export const POINTER_TIMING = { glideStart: 0.3, glideEnd: 1.2, pressEnd: 1.6 } as const;
/** Steps shorter than this play the same movement faster, so the press is still seen. */
const TIMING_BASIS = 2;

/** Slow, fast, slow: how a hand moves a mouse to a target it has seen. */
export function easeInOutCubic(x: number): number {
  const t = Math.min(1, Math.max(0, x));
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** The movement's times for a step of `duration` seconds. */
export function pointerTiming(duration: number): { glideStart: number; glideEnd: number; pressEnd: number } {
  const k = Math.min(1, Math.max(0, duration) / TIMING_BASIS);
  return {
    glideStart: POINTER_TIMING.glideStart * k,
    glideEnd: POINTER_TIMING.glideEnd * k,
    pressEnd: POINTER_TIMING.pressEnd * k,
  };
}

/**
 * Where the glide begins: a fixed offset from the target towards the middle of the stage and
 * below it, so the movement is always visible and always ends on the target. Inside `stage`.
 */
export function pointerStart(target: Point, stage: Rect): Point {
  const cx = stage.x + stage.width / 2;
  const dx = 0.3 * stage.width * (target.x <= cx ? 1 : -1);
  const below = target.y + 0.25 * stage.height;
  const y = below <= stage.y + stage.height ? below : target.y - 0.25 * stage.height;
  return {
    x: Math.min(stage.x + stage.width, Math.max(stage.x, target.x + dx)),
    y: Math.min(stage.y + stage.height, Math.max(stage.y, y)),
  };
}

export interface PointerState {
  point: Point;
  /** Progress of the press ring, 0–1, while pressing; undefined before and after. */
  press?: number;
}

/** The pointer at `t` seconds into a step of `duration` seconds, gliding from `from` to `to`. */
export function pointerAt(t: number, duration: number, from: Point, to: Point): PointerState {
  const { glideStart, glideEnd, pressEnd } = pointerTiming(duration);
  if (t <= glideStart) return { point: from };
  if (t < glideEnd) {
    const e = easeInOutCubic((t - glideStart) / (glideEnd - glideStart));
    return { point: { x: from.x + (to.x - from.x) * e, y: from.y + (to.y - from.y) * e } };
  }
  if (t < pressEnd) return { point: to, press: (t - glideEnd) / (pressEnd - glideEnd) };
  return { point: to };
}
