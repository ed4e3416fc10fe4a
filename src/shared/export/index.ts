/**
 * Export entry points, called from extension pages (editor, library), never from the service
 * worker. Each loads a procedure through the repositories and returns a Blob and a suggested file
 * name; the caller decides how to download it. Progress counts images prepared out of the total.
 */

import { shownFocus } from '../focus';
import { english, type Messages } from '../i18n/catalog';
import { bytesToBase64 } from './base64';
import { displayTitle, type ExportImage } from './document';
import { fileStem } from './file-name';
import { type FocusImageRenderer, renderFocusImage } from './focus-image';
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
  const html = renderHtml({ procedure, steps, images, messages, ...(video ? { video } : {}) });
  return {
    blob: new Blob([html], { type: 'text/html;charset=utf-8' }),
    fileName: `${fileStem(displayTitle(procedure, messages))}.html`,
  };
}

/**
 * A zip holding `procedure.md` and `images/step-NNN.(png|jpg|webp)`, named after the first step
 * showing each, plus `images/step-NNN-focus.…` for each step shown focused: the crop with the
 * marker drawn in, since Markdown cannot crop or overlay.
 */
export async function exportMarkdownZip(
  procedureId: string,
  onProgress?: ProgressCallback,
  messages: Messages = english,
  focusImage: FocusImageRenderer = renderFocusImage,
): Promise<ExportResult> {
  const { procedure, steps } = await loadProcedure(procedureId, messages);
  const zip = new ZipWriter();
  const pathById = new Map<string, string>();
  const firstUse = new Map<string, number>();
  steps.forEach((s, i) => {
    if (s.image && !firstUse.has(s.image.imageId)) firstUse.set(s.image.imageId, i);
  });
  const focusPaths = new Map<number, string>();
  await forEachImage(steps, onProgress, async (id, image) => {
    const first = firstUse.get(id) ?? 0;
    const path = `images/step-${String(first + 1).padStart(3, '0')}.${IMAGE_EXTENSION[image.type]}`;
    pathById.set(id, path);
    zip.add(path, image.bytes, false);
    // Every step showing this screenshot gets its own crop: two steps may mark different elements.
    for (const [i, step] of steps.entries()) {
      if (step.image?.imageId !== id) continue;
      const focus = shownFocus(step, procedure, image);
      const focused = focus && (await focusImage(image.bytes, image.type, focus));
      if (!focused) continue;
      const focusPath = `images/step-${String(i + 1).padStart(3, '0')}-focus.${IMAGE_EXTENSION[focused.type]}`;
      zip.add(focusPath, focused.bytes, false);
      focusPaths.set(i, focusPath);
    }
  });
  const imagePaths = new Map<number, string>();
  steps.forEach((s, i) => {
    const path = s.image && pathById.get(s.image.imageId);
    if (path) imagePaths.set(i, path);
  });
  const title = displayTitle(procedure, messages);
  const md = renderMarkdown({ title, intro: procedure.intro, steps, imagePaths, focusPaths, messages });
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
