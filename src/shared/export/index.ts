/**
 * Export entry points, called from extension pages (editor, library), never the service worker.
 * Each loads a procedure through the repositories and returns a Blob and a suggested file name;
 * the caller decides how to download it.
 */

export interface ExportResult {
  blob: Blob;
  fileName: string;
}

/** Reports how many images have been prepared so far, out of how many. */
export type ProgressCallback = (done: number, total: number) => void;

/** One self-contained HTML file: no script, strict CSP, screenshots as data: URIs. */
export async function exportHtml(procedureId: string, onProgress?: ProgressCallback): Promise<ExportResult> {
  void procedureId;
  void onProgress;
  throw new Error('exportHtml is not implemented yet.');
}

/** A zip holding `procedure.md` and `images/step-NNN.(png|jpg|webp)`. */
export async function exportMarkdownZip(
  procedureId: string,
  onProgress?: ProgressCallback,
): Promise<ExportResult> {
  void procedureId;
  void onProgress;
  throw new Error('exportMarkdownZip is not implemented yet.');
}

/** The open Handoff format: a zip holding `procedure.json` and `images/` (see docs/format.md). */
export async function exportHandoffZip(
  procedureId: string,
  onProgress?: ProgressCallback,
): Promise<ExportResult> {
  void procedureId;
  void onProgress;
  throw new Error('exportHandoffZip is not implemented yet.');
}
