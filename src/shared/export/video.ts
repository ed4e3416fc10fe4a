/**
 * A video walkthrough carried by an export, when the person asks for it: in the Handoff zip as
 * `video/walkthrough.<mp4|webm>` and `video/chapters.vtt` (readers ignore entries they do not
 * know), in the HTML file as a <video controls> whose source and chapters track are data: URIs.
 * The HTML file stays self-contained and runs no script: the Content-Security-Policy gains only
 * `media-src data:`, and a player's own controls do the playing.
 */
import type { Messages } from '../i18n/catalog';
import { type Chapter, vttTime } from '../video/vtt';
import { bytesToBase64 } from './base64';
import { escapeHtml as esc } from './escape';

export interface VideoAttachment {
  bytes: Uint8Array;
  mimeType: 'video/mp4' | 'video/webm';
  /** `mp4` or `webm`. */
  extension: string;
  /** The chapters as WebVTT text. */
  vtt: string;
  chapters: readonly Chapter[];
}

export const VIDEO_DIR = 'video';

export function videoEntries(
  video: VideoAttachment,
): { path: string; bytes: Uint8Array; deflate: boolean }[] {
  return [
    // Stored, not deflated: the video is compressed already.
    { path: `${VIDEO_DIR}/walkthrough.${video.extension}`, bytes: video.bytes, deflate: false },
    { path: `${VIDEO_DIR}/chapters.vtt`, bytes: new TextEncoder().encode(video.vtt), deflate: true },
  ];
}

/** Only these two types ever become a data: URI in the HTML, whatever the caller passes. */
const TYPES = new Set(['video/mp4', 'video/webm']);

/** What the HTML renderer needs: data: URIs the exporter itself built from the bytes. */
export interface HtmlVideo {
  src: string;
  chaptersSrc: string;
  chapters: readonly Chapter[];
}

export function htmlVideo(video: VideoAttachment): HtmlVideo | undefined {
  if (!TYPES.has(video.mimeType)) return undefined;
  return {
    src: `data:${video.mimeType};base64,${bytesToBase64(video.bytes)}`,
    chaptersSrc: `data:text/vtt;base64,${bytesToBase64(new TextEncoder().encode(video.vtt))}`,
    chapters: video.chapters,
  };
}

const DATA_VIDEO = /^data:video\/(?:mp4|webm);base64,[A-Za-z0-9+/]*={0,2}$/;
const DATA_VTT = /^data:text\/vtt;base64,[A-Za-z0-9+/]*={0,2}$/;

/** `m:ss` (or `h:mm:ss`) for the chapter list a reader can seek by hand. */
function clock(seconds: number): string {
  const [h, m, s] = vttTime(seconds).split('.')[0]!.split(':').map(Number) as [number, number, number];
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The video section of the HTML export; empty when the sources are not what the exporter built. */
export function videoSection(video: HtmlVideo | undefined, m: Messages): string {
  if (!video || !DATA_VIDEO.test(video.src) || !DATA_VTT.test(video.chaptersSrc)) return '';
  const list = video.chapters
    .map((c) => `<li><span class="url">${esc(clock(c.start))}</span> ${esc(c.title)}</li>`)
    .join('');
  return (
    `<section aria-labelledby="video"><h2 id="video">${esc(m.t('exportVideoHeading'))}</h2>` +
    `<video controls preload="metadata" src="${video.src}">` +
    `<track kind="chapters" srclang="${esc(m.locale)}" label="${esc(m.t('exportVideoChapters'))}" src="${video.chaptersSrc}" default>` +
    `${esc(m.t('exportVideoUnplayable'))}</video>` +
    (list ? `<h3>${esc(m.t('exportVideoChapters'))}</h3><ol class="chapters">${list}</ol>` : '') +
    '</section>'
  );
}
