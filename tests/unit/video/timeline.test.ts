import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  END_SECONDS,
  frameTimes,
  HOLD_FPS,
  MOTION_FPS,
  RECORDED_FIRST_SECONDS,
  RECORDED_MAX_SECONDS,
  RECORDED_MIN_SECONDS,
  stepDurations,
  TITLE_SECONDS,
} from '../../../src/shared/video/timeline';

const at = (...seconds: number[]) => seconds.map((s) => ({ at: 1_700_000_000_000 + s * 1000 }));

describe('step durations', () => {
  it('gives every step the chosen seconds', () => {
    expect(stepDurations(at(0, 1, 50), 4)).toEqual([4, 4, 4]);
  });

  it('as recorded: the time before each action, within bounds', () => {
    // gaps: 3.5 s, 0.2 s (too short), 40 s (too long), 5.25 s
    expect(stepDurations(at(0, 3.5, 3.7, 43.7, 48.95), 'recorded')).toEqual([
      RECORDED_FIRST_SECONDS,
      3.5,
      RECORDED_MIN_SECONDS,
      RECORDED_MAX_SECONDS,
      5.25,
    ]);
  });

  it('as recorded: a step earlier than the one before it (reordered) gets the shortest time', () => {
    expect(stepDurations(at(10, 4), 'recorded')).toEqual([RECORDED_FIRST_SECONDS, RECORDED_MIN_SECONDS]);
  });
});

describe('timeline', () => {
  it('title card, one segment per step, end card, back to back', () => {
    const { segments, total } = buildTimeline(at(0, 1, 2), 3);
    expect(segments.map((s) => [s.kind, s.step, s.start, s.duration])).toEqual([
      ['title', undefined, 0, TITLE_SECONDS],
      ['step', 0, 3, 3],
      ['step', 1, 6, 3],
      ['step', 2, 9, 3],
      ['end', undefined, 12, END_SECONDS],
    ]);
    expect(total).toBe(15);
  });

  it('a procedure without steps still has its two cards', () => {
    expect(buildTimeline([], 4).total).toBe(TITLE_SECONDS + END_SECONDS);
  });

  it('200 recorded steps add up without drift', () => {
    const steps = Array.from({ length: 200 }, (_, i) => ({ at: i * 2333 }));
    const { segments, total } = buildTimeline(steps, 'recorded');
    const sum = segments.reduce((n, s) => n + s.duration, 0);
    expect(total).toBeCloseTo(sum, 6);
    for (const [i, s] of segments.entries()) {
      const next = segments[i + 1];
      if (next) expect(next.start).toBeCloseTo(s.start + s.duration, 6);
    }
  });
});

describe('frame times', () => {
  it('a still segment: frames at the hold rate, tiling it exactly', () => {
    const frames = frameTimes(3);
    expect(frames.map((f) => f.at)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(frames.every((f) => f.duration === 1 / HOLD_FPS)).toBe(true);
  });

  it('dense while the pointer moves, sparse after, and the last frame lasts to the end', () => {
    const frames = frameTimes(4, 1.6);
    const motion = frames.filter((f) => f.at < 1.6);
    expect(motion.length).toBe(Math.ceil(1.6 * MOTION_FPS));
    expect(motion.every((f) => Math.abs(f.duration - 1 / MOTION_FPS) < 1e-9)).toBe(true);
    const last = frames[frames.length - 1]!;
    expect(last.at + last.duration).toBeCloseTo(4, 9);
    const sum = frames.reduce((n, f) => n + f.duration, 0);
    expect(sum).toBeCloseTo(4, 9);
    // Strictly increasing.
    for (let i = 1; i < frames.length; i++) expect(frames[i]!.at).toBeGreaterThan(frames[i - 1]!.at);
  });

  it('holds the first frame until the motion starts', () => {
    const frames = frameTimes(4, 1.6, 0.3);
    expect(frames[0]).toEqual({ at: 0, duration: 0.3 });
    expect(frames[1]!.at).toBe(0.3);
    const motion = frames.filter((f) => f.at >= 0.3 && f.at < 1.6);
    expect(motion.length).toBe(Math.ceil(1.3 * MOTION_FPS));
    expect(frames.reduce((n, f) => n + f.duration, 0)).toBeCloseTo(4, 9);
    // A start past the end of the motion is clamped to it.
    expect(frameTimes(4, 1, 2).map((f) => f.at)).toEqual(frameTimes(4, 1, 1).map((f) => f.at));
  });

  it('a segment shorter than one hold frame is one frame', () => {
    expect(frameTimes(0.3)).toEqual([{ at: 0, duration: 0.3 }]);
  });

  it('motion longer than the segment stops at its end', () => {
    const frames = frameTimes(1, 5);
    expect(frames.length).toBe(MOTION_FPS);
    expect(frames[frames.length - 1]!.at + frames[frames.length - 1]!.duration).toBeCloseTo(1, 9);
  });
});
