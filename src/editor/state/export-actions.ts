/** Downloads and printing. Pending edits are saved first: the exporters read from storage. */
import { exportHandoffZip, exportHtml, exportMarkdownZip } from '../../shared/export';
import { downloadBlob, printBlob } from './download';
import type { EditorStore } from './store';

export type ExportKind = 'html' | 'markdown' | 'handoff';

const EXPORTERS = { html: exportHtml, markdown: exportMarkdownZip, handoff: exportHandoffZip };

async function build(editor: EditorStore, kind: ExportKind) {
  await editor.endTyping();
  editor.setBusy('Preparing the file…');
  return EXPORTERS[kind](editor.procedureId, (done, total) =>
    editor.setBusy(`Preparing screenshots: ${done} of ${total}`),
  );
}

export async function download(editor: EditorStore, kind: ExportKind): Promise<void> {
  try {
    const { blob, fileName } = await build(editor, kind);
    downloadBlob(blob, fileName);
    editor.announce(`Downloaded ${fileName}`);
  } catch (error) {
    editor.fail(error);
  } finally {
    editor.setBusy(undefined);
  }
}

export async function print(editor: EditorStore): Promise<void> {
  try {
    const { blob } = await build(editor, 'html');
    editor.setBusy(undefined);
    await printBlob(blob);
  } catch (error) {
    editor.fail(error);
  } finally {
    editor.setBusy(undefined);
  }
}
