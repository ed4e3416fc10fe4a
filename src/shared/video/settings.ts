/**
 * What the person chooses for a video walkthrough: its size, how long each step stays on screen
 * and whether the pointer is drawn. Pure: parsed from whatever a page kept, never trusted as is.
 */

export type Resolution = '720p' | '1080p';
export const RESOLUTIONS: readonly Resolution[] = ['720p', '1080p'];

export interface FrameSize {
  width: number;
  height: number;
}

export const FRAME_SIZE: Record<Resolution, FrameSize> = {
  '720p': { width: 1280, height: 720 },
  '1080p': { width: 1920, height: 1080 },
};

/** Seconds each step is shown, or `recorded`: the time the person took, within bounds. */
export type Pace = 'recorded' | 2 | 3 | 4 | 5 | 6 | 8;
export const PACES: readonly Pace[] = [2, 3, 4, 5, 6, 8, 'recorded'];

export interface VideoSettings {
  resolution: Resolution;
  pace: Pace;
  /** Draw a pointer that glides to the marked element and clicks. */
  pointer: boolean;
  /** Put the video and its chapters into the HTML and Handoff downloads too. */
  attach: boolean;
}

export const DEFAULT_VIDEO_SETTINGS: VideoSettings = {
  resolution: '720p',
  pace: 4,
  pointer: true,
  attach: false,
};

/** Settings from stored JSON; anything unknown or malformed falls back to the default. */
export function parseVideoSettings(value: unknown): VideoSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_VIDEO_SETTINGS;
  return {
    resolution: RESOLUTIONS.includes(v.resolution as Resolution)
      ? (v.resolution as Resolution)
      : d.resolution,
    pace: PACES.includes(v.pace as Pace) ? (v.pace as Pace) : d.pace,
    pointer: typeof v.pointer === 'boolean' ? v.pointer : d.pointer,
    attach: typeof v.attach === 'boolean' ? v.attach : d.attach,
  };
}
