import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/shared/video/timeline';
import { chapters, chaptersVtt, cueText, vttTime } from '../../../src/shared/video/vtt';

describe('chapters', () => {
  it('one per step, at its segment, after the title card', () => {
    const timeline = buildTimeline([{ at: 0 }, { at: 1 }], 4);
    expect(chapters(timeline, (i) => `Step ${i + 1}`)).toEqual([
      { start: 3, end: 7, title: 'Step 1' },
      { start: 7, end: 11, title: 'Step 2' },
    ]);
  });

  it('formats times as hh:mm:ss.ttt', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(3.5)).toBe('00:00:03.500');
    expect(vttTime(3725.0456)).toBe('01:02:05.046');
    expect(vttTime(-1)).toBe('00:00:00.000');
  });

  it('cue text is one escaped line that cannot end a cue', () => {
    expect(cueText('Type "<b>" &\n--> x')).toBe('Type "&lt;b&gt;" &amp; --&gt; x');
  });

  it('writes a WebVTT file with one numbered cue per chapter', () => {
    const vtt = chaptersVtt([
      { start: 3, end: 7, title: 'Step 1: Click "Save"' },
      { start: 7, end: 11, title: 'Step 2: Type <x>' },
    ]);
    expect(vtt).toBe(
      'WEBVTT\n\n1\n00:00:03.000 --> 00:00:07.000\nStep 1: Click "Save"\n\n2\n00:00:07.000 --> 00:00:11.000\nStep 2: Type &lt;x&gt;\n',
    );
  });
});
