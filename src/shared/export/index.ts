/**
 * Export entry points, called from extension pages (editor, library), never from the service
 * worker. Each loads a procedure through the repositories and returns a Blob and a suggested file
 * name; the caller decides how to download it. Progress counts images prepared out of the total.
 */

import { shownFocus } from '../focus';
import { english, type Messages } from '../i18n/catalog';
import { bytesToBase64 } from './base64';
import { type ExportBranding, markdownLogoPath } from './branding';
import { burnImage, type ImageBurner } from './burn-marker';
import { displayTitle, type ExportImage, shownAccess, shownTroubleshooting } from './document';
import { wordPicture } from './docx/picture';
import type { WordPicture } from './docx/step';
import { fileStem } from './file-name';
import { focusPicture, fullPicture } from './focus-image';
import { serialiseHandoff, toHandoffFile } from './format';
import { renderHtml } from './html';
import { IMAGE_EXTENSION, type ImageInfo } from './image-info';
import { forEachImage, loadProcedure, nextTask, type ProgressCallback } from './load';
import { renderMarkdown } from './markdown';
import { htmlVideo, type VideoAttachment, videoEntries } from './video';
import { ZipWriter } from './zip-write';

export type { ProgressCallback } from './load';
export type { VideoAttachment } from './video';

/** What an export may carry besides the procedure, when the person asks for it. */
export interface ExportExtras {
  video?: VideoAttachment;
  /** The library's logo and footer (footer date filled in), when the person includes them. */
  branding?: ExportBranding;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
}

/**
 * One self-contained HTML file: no script, strict CSP, screenshots as data: URIs. Written in the
 * language of `messages`, which the person chose for the file.
 */
export async function exportHtml(
  procedureId: string,
  onProgress?: ProgressCallback,
  messages: Messages = english,
  extras: ExportExtras = {},
): Promise<ExportResult> {
  const { procedure, steps } = await loadProcedure(procedureId, messages);
  const images = new Map<string, ExportImage>();
  await forEachImage(steps, onProgress, (id, { bytes, ...info }) => {
    images.set(id, { ...info, src: `data:${info.type};base64,${bytesToBase64(bytes)}` });
  });
  const video = extras.video && htmlVideo(extras.video);
  const htmlBranding = extras.branding && { branding: extras.branding };
  const html = renderHtml({
    ...htmlBranding,
    procedure,
    steps,
    images,
    messages,
    ...(video ? { video } : {}),
  });
  return {
    blob: new Blob([html], { type: 'text/html;charset=utf-8' }),
    fileName: `${fileStem(displayTitle(procedure, messages))}.html`,
  };
}

/**
 * A zip holding `procedure.md` and `images/step-NNN.(png|jpg|webp)`, plus `images/step-NNN-focus.…`
 * for each step shown focused. Markdown cannot crop or overlay, so every image file has the step's
 * marker drawn in (burn-marker.ts): each step with a marker gets its own file, and a screenshot
 * with nothing to draw on it is stored once, named after the first step showing it.
 */
export async function exportMarkdownZip(
  procedureId: string,
  onProgress?: ProgressCallback,
  messages: Messages = english,
  burn: ImageBurner = burnImage,
  extras: ExportExtras = {},
): Promise<ExportResult> {
  const { procedure, steps } = await loadProcedure(procedureId, messages);
  const zip = new ZipWriter();
  // The logo first: the document's first line shows it.
  const logo = extras.branding?.logo;
  if (logo) zip.add(markdownLogoPath(logo), logo.bytes, false);
  const imagePaths = new Map<number, string>();
  const focusPaths = new Map<number, string>();
  await forEachImage(steps, onProgress, async (id, image) => {
    let unmarkedPath: string | undefined;
    // Every step showing this screenshot gets its own marked files: two steps may mark different elements.
    for (const [i, step] of steps.entries()) {
      if (step.image?.imageId !== id) continue;
      const stem = `images/step-${String(i + 1).padStart(3, '0')}`;
      const focus = shownFocus(step, procedure, image);
      // Both pictures at once: the browser encodes them in parallel, off this page's thread.
      const [marked, focused] = await Promise.all([
        fullPicture(step, image, burn),
        focus && focusPicture(step, image, focus, burn),
      ]);
      if (marked) {
        zip.add(`${stem}.${IMAGE_EXTENSION[marked.type]}`, marked.bytes, false);
        imagePaths.set(i, `${stem}.${IMAGE_EXTENSION[marked.type]}`);
      } else {
        if (!unmarkedPath) {
          unmarkedPath = `${stem}.${IMAGE_EXTENSION[image.type]}`;
          zip.add(unmarkedPath, image.bytes, false);
        }
        imagePaths.set(i, unmarkedPath);
      }
      if (!focused) continue;
      zip.add(`${stem}-focus.${IMAGE_EXTENSION[focused.type]}`, focused.bytes, false);
      focusPaths.set(i, `${stem}-focus.${IMAGE_EXTENSION[focused.type]}`);
    }
  });
  const title = displayTitle(procedure, messages);
  const mdBranding = extras.branding && { branding: extras.branding };
  const md = renderMarkdown({
    ...mdBranding,
    title,
    intro: procedure.intro,
    steps,
    imagePaths,
    focusPaths,
    messages,
    access: shownAccess(procedure),
    troubleshooting: shownTroubleshooting(procedure),
  });
  zip.add('procedure.md', new TextEncoder().encode(md), true);
  return { blob: zip.finish(), fileName: `${fileStem(title)}-markdown.zip` };
}

/** The open Handoff format: a zip holding `procedure.json` and `images/` (see docs/format.md). */
export async function exportHandoffZip(
  procedureId: string,
  onProgress?: ProgressCallback,
  extras: ExportExtras = {},
): Promise<ExportResult> {
  const { procedure, steps } = await loadProcedure(procedureId);
  const infos = new Map<string, ImageInfo>();
  const bytesById = new Map<string, Uint8Array>();
  await forEachImage(steps, onProgress, (id, { bytes, ...info }) => {
    infos.set(id, info);
    bytesById.set(id, bytes);
  });
  const { file, fileImageIds } = toHandoffFile(procedure, steps, infos);
  const zip = new ZipWriter();
  // procedure.json first, so a reader sees the description before the pixels.
  zip.add('procedure.json', new TextEncoder().encode(serialiseHandoff(file)), true);
  const entries = new Map(file.images.map((image) => [image.id, image]));
  let added = 0;
  for (const [storedId, fileId] of fileImageIds) {
    const entry = entries.get(fileId);
    const bytes = bytesById.get(storedId);
    if (entry && bytes) zip.add(entry.path, bytes, false);
    // Checksumming hundreds of megabytes is slow too: keep the page responsive while it runs.
    if (++added % 8 === 0) await nextTask();
  }
  // After the images, so a reader of the procedure never meets the video first.
  if (extras.video)
    for (const entry of videoEntries(extras.video)) zip.add(entry.path, entry.bytes, entry.deflate);
  return { blob: zip.finish(), fileName: `${fileStem(displayTitle(procedure))}.handoff.zip` };
}

/**
 * A Word document (.docx): title, contents, introduction, inputs table and every step with its
 * picture, focused or whole as the step shows it, marker drawn in (WebP re-encoded as PNG, which
 * Word can show). The docx library is loaded only when a Word file is asked for: it is large.
 */
export async function exportWord(
  procedureId: string,
  onProgress?: ProgressCallback,
  messages: Messages = english,
  burn: ImageBurner = burnImage,
  extras: ExportExtras = {},
): Promise<ExportResult> {
  const { procedure, steps } = await loadProcedure(procedureId, messages);
  const pictures = new Map<number, WordPicture>();
  await forEachImage(steps, onProgress, async (id, image) => {
    for (const [i, step] of steps.entries()) {
      if (step.image?.imageId !== id) continue;
      const picture = await wordPicture(step, i, image, procedure, burn, messages);
      if (picture) pictures.set(i, picture);
    }
  });
  const { packWord } = await import('./docx/build');
  const { wordBranding } = await import('./docx/branding');
  const title = displayTitle(procedure, messages);
  const branding = await wordBranding(extras.branding);
  return {
    blob: await packWord({ procedure, steps, pictures, messages, ...(branding ? { branding } : {}) }),
    fileName: `${fileStem(title)}.docx`,
  };
}
