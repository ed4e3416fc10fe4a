/**
 * Import entry point, called from extension pages (editor, library). Accepts a Handoff `.zip` or
 * an `.html` exported by Handoff, validates everything, and stores it as a NEW procedure with new
 * ids in one transaction, so a failed import leaves nothing behind. Any problem with the file is
 * an ImportError whose message is one sentence starting with where it is.
 */
import { saveOutsideEditor } from '../db/versions';
import { writeProcedure } from '../db/write';
import { fail } from './errors';
import { LIMITS, MB } from './limits';
import type { ParsedHandoff } from './parsed';
import { readHandoffHtml } from './read-html';
import { readHandoffZip } from './read-zip';
import { toRecords } from './records';
import { looksLikeZip } from './zip-read';

export { ImportError } from './errors';

/** An HTML file starts, after an optional byte-order mark and white space, with `<`. */
function looksLikeHtml(bytes: Uint8Array, name: string | undefined): boolean {
  if (name && /\.html?$/i.test(name)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 1024 && [0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(bytes[i]!)) i++;
  return bytes[i] === 0x3c;
}

async function parse(bytes: Uint8Array, name: string | undefined): Promise<ParsedHandoff> {
  if (looksLikeZip(bytes)) return readHandoffZip(bytes);
  if (looksLikeHtml(bytes, name)) return readHandoffHtml(bytes);
  return fail('file', 'is neither a Handoff .zip nor an HTML file exported by Handoff');
}

export async function importFile(file: Blob & { name?: string }): Promise<{ procedureId: string }> {
  if (file.size > LIMITS.fileBytes) {
    fail(
      'file',
      `is ${Math.ceil(file.size / MB)} MB, more than the ${LIMITS.fileBytes / MB} MB Handoff can import`,
    );
  }
  if (file.size === 0) fail('file', 'is empty');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { file: parsed, imageBytes } = await parse(bytes, file.name);
  const records = toRecords(parsed, imageBytes, Date.now());
  // One transaction, every record added (never put): a failed import leaves nothing behind.
  await writeProcedure(
    {
      procedureId: records.procedure.id,
      create: records.procedure,
      put: records.steps,
      images: records.images,
    },
    'import',
  );
  // The imported procedure's first version; the import itself stands even if this fails.
  await saveOutsideEditor(records.procedure.id, 'import').catch(() => undefined);
  return { procedureId: records.procedure.id };
}
