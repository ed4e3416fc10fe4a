/**
 * The video's timeline: a title card, one segment per step, an end card; when each starts and how
 * long it lasts, and at which moments a frame is drawn. Pure: seconds in, seconds out.
 *
 * Frames are drawn densely only while something moves (the pointer's glide and click) and sparsely
 * while a picture holds still: a still screenshot encodes to almost nothing, but drawing and
 * encoding 30 identical frames a second would make a 200-step video take minutes.
 */
import type { Pace } from './settings';

export const TITLE_SECONDS = 3;
export const END_SECONDS = 3;
/** "As recorded": the time before the step's action, kept between these bounds. */
export const RECORDED_MIN_SECONDS = 2;
export const RECORDED_MAX_SECONDS = 8;
/** "As recorded" for the first step, which has no earlier action to measure from. */
export const RECORDED_FIRST_SECONDS = 3;
/** Frames per second while the pointer moves. */
export const MOTION_FPS = 25;
/** Frames per second while the picture holds still: often enough for players that seek to a frame. */
export const HOLD_FPS = 2;

export type SegmentKind = 'title' | 'step' | 'end';

export interface Segment {
  kind: SegmentKind;
  /** For a step segment, the step's index in the procedure. */
  step?: number;
  /** Seconds from the start of the video. */
  start: number;
  duration: number;
}

export interface Timeline {
  segments: Segment[];
  /** Seconds. */
  total: number;
}

/** Thousandths of a second: timestamps are whole microseconds, so sums must not drift. */
const round = (s: number) => Math.round(s * 1000) / 1000;

/** How long each step is shown, in seconds. `at` is each step's time in epoch milliseconds. */
export function stepDurations(steps: readonly { at: number }[], pace: Pace): number[] {
  if (pace !== 'recorded') return steps.map(() => pace);
  return steps.map((step, i) => {
    const before = steps[i - 1];
    if (!before) return RECORDED_FIRST_SECONDS;
    const gap = (step.at - before.at) / 1000;
    // A reordered or imported step may have an earlier time than the step before it.
    if (!Number.isFinite(gap) || gap <= 0) return RECORDED_MIN_SECONDS;
    return round(Math.min(RECORDED_MAX_SECONDS, Math.max(RECORDED_MIN_SECONDS, gap)));
  });
}

export function buildTimeline(steps: readonly { at: number }[], pace: Pace): Timeline {
  const segments: Segment[] = [];
  let start = 0;
  const push = (segment: Omit<Segment, 'start'>) => {
    segments.push({ ...segment, start: round(start) });
    start = round(start + segment.duration);
  };
  push({ kind: 'title', duration: TITLE_SECONDS });
  for (const [step, duration] of stepDurations(steps, pace).entries()) push({ kind: 'step', step, duration });
  push({ kind: 'end', duration: END_SECONDS });
  return { segments, total: start };
}

export interface FrameTime {
  /** Seconds from the start of the segment. */
  at: number;
  /** Seconds until the next frame (or the segment's end). */
  duration: number;
}

/**
 * When frames are drawn within a segment of `duration` seconds: one frame at 0 held until
 * `motionStart`, then every 1/MOTION_FPS s until `motionEnd` (0 for a still segment), then every
 * 1/HOLD_FPS s. The last frame lasts until the segment ends, so the frames tile it exactly.
 */
export function frameTimes(duration: number, motionEnd = 0, motionStart = 0): FrameTime[] {
  const times: number[] = [];
  const moving = Math.min(Math.max(0, motionEnd), duration);
  const start = Math.min(Math.max(0, motionStart), moving);
  if (start > 0) times.push(0);
  const motionFrames = Math.max(0, Math.ceil((moving - start) * MOTION_FPS - 1e-9));
  for (let i = 0; i < motionFrames; i++) times.push(round(start + i / MOTION_FPS));
  const holdFrom = round(start + motionFrames / MOTION_FPS);
  for (let t = holdFrom; t < duration - 1e-9; t = round(t + 1 / HOLD_FPS)) times.push(t);
  if (times.length === 0) times.push(0);
  return times.map((at, i) => ({ at, duration: round((times[i + 1] ?? duration) - at) }));
}
