/**
 * The editor's downloads, read back: each file's text for searching (zip text entries joined, the
 * images' base64 left out, since image bytes are checked as pixels and base64 can hold any short
 * digit string by chance) and its images as bytes.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

export interface ExportedFile {
  /** The button pressed, e.g. "Download HTML". */
  format: string;
  fileName: string;
  /** Text to search: the document or every text entry, each after its name; data: URIs cut out. */
  text: string;
  /** Entry name → bytes, for a zip; empty otherwise. */
  entries: Record<string, Uint8Array>;
  /** Every image the file carries: zip entries, and data: URIs in the text. */
  images: Array<{ name: string; bytes: Uint8Array }>;
}

const IMAGE_ENTRY = /\.(png|jpe?g|webp|gif)$/i;
const DATA_IMAGE = /data:image\/[a-z+]+;base64,([A-Za-z0-9+/=]+)/g;

function withoutDataUris(text: string, images: ExportedFile['images'], from: string): string {
  return text.replace(DATA_IMAGE, (_all, base64: string) => {
    images.push({ name: `${from} data: URI ${images.length + 1}`, bytes: Buffer.from(base64, 'base64') });
    return 'data:image/…';
  });
}

/** Presses a download button in the editor and reads the file it saves. */
export async function downloadExport(editor: Page, button: string): Promise<ExportedFile> {
  const [file] = await Promise.all([
    editor.waitForEvent('download', { timeout: 30_000 }),
    editor.getByRole('button', { name: button }).click(),
  ]);
  const bytes = new Uint8Array(readFileSync(await file.path()));
  const fileName = file.suggestedFilename();
  const images: ExportedFile['images'] = [];
  // A .docx is a zip too (Office Open XML): its XML parts are searched as text, its media as images.
  if (!fileName.endsWith('.zip') && !fileName.endsWith('.docx')) {
    const text = withoutDataUris(new TextDecoder().decode(bytes), images, fileName);
    return { format: button, fileName, text, entries: {}, images };
  }
  const entries = unzipSync(bytes);
  const texts: string[] = [];
  for (const [name, data] of Object.entries(entries)) {
    if (IMAGE_ENTRY.test(name)) images.push({ name: `${fileName}/${name}`, bytes: data });
    else texts.push(`${name}\n${withoutDataUris(new TextDecoder().decode(data), images, name)}`);
  }
  return { format: button, fileName, text: texts.join('\n'), entries, images };
}
