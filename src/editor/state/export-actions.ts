/** Downloads and printing. Pending edits are saved first: the exporters read from storage. */
import { exportHandoffZip, exportHtml, exportMarkdownZip } from '../../shared/export';
import { catalogMessages, type Locale, t } from '../../shared/i18n';
import { downloadBlob, printBlob } from './download';
import type { EditorStore } from './store';

export type ExportKind = 'html' | 'markdown' | 'handoff';

/**
 * Builds a file in `locale`, the language the person chose for it (the Handoff file is data, the
 * same in every language).
 */
async function build(editor: EditorStore, kind: ExportKind, locale: Locale) {
  await editor.endTyping();
  editor.setBusy(t('editorPreparing'));
  const progress = (done: number, total: number) => editor.setBusy(t('editorPreparingShots', done, total));
  const messages = catalogMessages(locale);
  if (kind === 'handoff') return exportHandoffZip(editor.procedureId, progress);
  const exporter = kind === 'html' ? exportHtml : exportMarkdownZip;
  return exporter(editor.procedureId, progress, messages);
}

export async function download(editor: EditorStore, kind: ExportKind, locale: Locale): Promise<void> {
  try {
    const { blob, fileName } = await build(editor, kind, locale);
    downloadBlob(blob, fileName);
    editor.announce(t('editorDownloaded', fileName));
  } catch (error) {
    editor.fail(error);
  } finally {
    editor.setBusy(undefined);
  }
}

export async function print(editor: EditorStore, locale: Locale): Promise<void> {
  try {
    const { blob } = await build(editor, 'html', locale);
    editor.setBusy(undefined);
    await printBlob(blob);
  } catch (error) {
    editor.fail(error);
  } finally {
    editor.setBusy(undefined);
  }
}
