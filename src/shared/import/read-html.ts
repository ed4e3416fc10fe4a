/**
 * Reads an HTML file exported by Handoff: the procedure from `<template id="handoff-data">`, each
 * image's bytes from the `<img data-image-id>` that shows it. Parsed with DOMParser, which runs no
 * script and loads nothing, and every value is then validated exactly as from a zip.
 */
import { base64ToBytes } from '../export/base64';
import { DATA_TEMPLATE_ID } from '../export/format';
import { fail, quote } from './errors';
import { handoffFile } from './file';
import { checkImage } from './image-bytes';
import { HTML_ROOT, nextTask, type ParsedHandoff, parseJson } from './parsed';

const DATA_URI = /^data:(image\/(?:png|jpeg|webp));base64,/;

export async function readHandoffHtml(bytes: Uint8Array): Promise<ParsedHandoff> {
  const doc = new DOMParser().parseFromString(new TextDecoder('utf-8').decode(bytes), 'text/html');
  const template = doc.querySelector<HTMLTemplateElement>(`template#${DATA_TEMPLATE_ID}`);
  if (!template) fail('file', 'this HTML page was not exported by Handoff (it holds no procedure data)');
  const text = template.content.textContent ?? '';
  const file = handoffFile(parseJson(text, HTML_ROOT), HTML_ROOT);

  // The first <img> showing each image id; later ones (a shared screenshot) hold the same bytes.
  const sources = new Map<string, string>();
  for (const img of doc.querySelectorAll('img[data-image-id]')) {
    const id = img.getAttribute('data-image-id') ?? '';
    if (!sources.has(id)) sources.set(id, img.getAttribute('src') ?? '');
  }
  const imageBytes = new Map<string, Uint8Array>();
  for (const [i, image] of file.images.entries()) {
    const src = sources.get(image.id);
    if (src === undefined)
      fail(`images[${i}]`, `the page has no image with data-image-id ${quote(image.id)}`);
    const match = DATA_URI.exec(src);
    const data = match ? base64ToBytes(src.slice(match[0].length)) : undefined;
    if (!data)
      fail(`images[${i}]`, 'its picture in the page is not a base64 data: URI of a PNG, JPEG or WebP');
    checkImage(image, data, `images[${i}]`);
    imageBytes.set(image.id, data);
    if (i % 8 === 7) await nextTask();
  }
  return { file, imageBytes };
}
