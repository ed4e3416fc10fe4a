/** A video walkthrough carried by the HTML export and the Handoff zip, when the person asks. */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/shared/export/html';
import {
  htmlVideo,
  type VideoAttachment,
  videoEntries,
  videoSection,
} from '../../../src/shared/export/video';
import { english } from '../../../src/shared/i18n/catalog';
import { click, procedure } from '../edit/fixtures';

const attachment: VideoAttachment = {
  bytes: new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]),
  mimeType: 'video/mp4',
  extension: 'mp4',
  vtt: 'WEBVTT\n\n1\n00:00:03.000 --> 00:00:07.000\nStep 1: Click "<b>"\n',
  chapters: [{ start: 3, end: 7, title: 'Step 1: Click "<b>"' }],
};

const csp = (html: string) =>
  (/Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");

describe('video in the HTML export', () => {
  it('a <video controls> with data: sources and a chapters track; CSP allows data: media only then', () => {
    const steps = [click('a', 1, 'Save')];
    const without = renderHtml({ procedure: procedure(), steps, images: new Map() });
    expect(without).not.toContain('<video');
    expect(csp(without)).not.toContain('media-src');

    const video = htmlVideo(attachment)!;
    const html = renderHtml({ procedure: procedure(), steps, images: new Map(), video });
    expect(html).toMatch(/<video controls preload="metadata" src="data:video\/mp4;base64,AAAAGGZ0eXA=">/);
    expect(html).toMatch(
      /<track kind="chapters" srclang="en" label="Chapters" src="data:text\/vtt;base64,[A-Za-z0-9+/=]+" default>/,
    );
    expect(csp(html)).toMatch(/default-src 'none'; img-src data:; media-src data:; style-src 'sha256-/);
    expect(csp(html)).not.toMatch(/script-src/);
    expect(html).not.toMatch(/<script/i);
    // The chapter list is escaped text.
    expect(html).toContain('<li><span class="url">0:03</span> Step 1: Click &quot;&lt;b&gt;&quot;</li>');
    expect(html).not.toContain('"<b>"');
  });

  it('refuses sources the exporter did not build', () => {
    expect(
      videoSection(
        { src: 'https://evil.example/v.mp4', chaptersSrc: 'data:text/vtt;base64,', chapters: [] },
        english,
      ),
    ).toBe('');
    expect(
      videoSection(
        { src: 'data:video/mp4;base64,AA==" onerror="x', chaptersSrc: 'data:text/vtt;base64,', chapters: [] },
        english,
      ),
    ).toBe('');
    expect(htmlVideo({ ...attachment, mimeType: 'text/html' as 'video/mp4' })).toBeUndefined();
  });

  it('Handoff zip entries: the video stored, the chapters deflated', () => {
    expect(videoEntries(attachment).map((e) => [e.path, e.deflate])).toEqual([
      ['video/walkthrough.mp4', false],
      ['video/chapters.vtt', true],
    ]);
  });
});
