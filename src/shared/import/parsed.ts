/** What both readers (zip, HTML) produce once everything has been validated. */
import type { HandoffFile } from '../export/format';
import { fail } from './errors';

export interface ParsedHandoff {
  file: HandoffFile;
  /** Image bytes by the image's id in the file, each already checked by `checkImage`. */
  imageBytes: Map<string, Uint8Array>;
}

/** Yields to the event loop so a large import does not freeze the page. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Where a document came from, for problems with the document as a whole: `procedure.json` in a
 * zip, or the data embedded in an HTML page (reported against `file`).
 */
export interface DocumentRoot {
  path: string;
  /** Subject of the sentence, with a trailing space, or empty when the path already names it. */
  subject: string;
}

export const ZIP_ROOT: DocumentRoot = { path: 'procedure.json', subject: '' };
export const HTML_ROOT: DocumentRoot = { path: 'file', subject: 'the procedure data in this page ' };

/** JSON text → value, with the failure reported as one sentence at the document's root. */
export function parseJson(text: string, root: DocumentRoot): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fail(root.path, `${root.subject}is not valid JSON`);
  }
}
