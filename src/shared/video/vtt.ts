/**
 * Chapters: one per step, from the timeline, as WebVTT text a player can jump with
 * (https://www.w3.org/TR/webvtt1/, chapter cues). Pure.
 */
import type { Timeline } from './timeline';

export interface Chapter {
  /** Seconds. */
  start: number;
  end: number;
  title: string;
}

/** The step segments as chapters; `titleOf(i)` names step i ("Step 2: Click …"). */
export function chapters(timeline: Timeline, titleOf: (step: number) => string): Chapter[] {
  return timeline.segments.flatMap((s) =>
    s.kind === 'step' && s.step !== undefined
      ? [{ start: s.start, end: Math.round((s.start + s.duration) * 1000) / 1000, title: titleOf(s.step) }]
      : [],
  );
}

/** `hh:mm:ss.ttt`, the form every WebVTT reader accepts. */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/**
 * Cue text is one line of plain text: `&` and `<` are escaped as WebVTT requires, and `-->`
 * cannot appear, so a sentence can never end a cue or start a tag.
 */
export function cueText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function chaptersVtt(list: readonly Chapter[]): string {
  const cues = list.map(
    (c, i) => `${i + 1}\n${vttTime(c.start)} --> ${vttTime(c.end)}\n${cueText(c.title)}\n`,
  );
  return ['WEBVTT', '', ...cues].join('\n');
}
