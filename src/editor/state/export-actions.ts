/** Downloads and printing. Pending edits are saved first: the exporters read from storage. */
import {
  type ExportExtras,
  exportHandoffZip,
  exportHtml,
  exportMarkdownZip,
  exportWord,
} from '../../shared/export';
import { catalogMessages, type Locale, t } from '../../shared/i18n';
import type { VideoSettings } from '../../shared/video/settings';
import { downloadBlob, printBlob } from './download';
import { brandingForFile } from './export-branding';
import type { EditorStore } from './store';
import { makeVideo, videoFailed } from './video-actions';

export type ExportKind = 'html' | 'markdown' | 'handoff' | 'word';

/**
 * Builds a file in `locale`, the language the person chose for it (the Handoff file is data, the
 * same in every language).
 */
async function build(editor: EditorStore, kind: ExportKind, locale: Locale, video?: VideoSettings) {
  await editor.endTyping();
  const extras: ExportExtras = {};
  // The library's logo and footer when "Include branding" is ticked; never in the Handoff file (data).
  const branding = kind === 'handoff' ? undefined : await brandingForFile(locale);
  if (branding) extras.branding = branding;
  // The video and its chapters ride along only when the person asked; Markdown, Word and print never.
  if (video?.attach && kind !== 'markdown' && kind !== 'word') {
    const made = await makeVideo(editor, locale, video);
    extras.video = {
      bytes: new Uint8Array(await made.blob.arrayBuffer()),
      mimeType: made.codec.mimeType === 'video/mp4' ? 'video/mp4' : 'video/webm',
      extension: made.codec.extension,
      vtt: made.vtt,
      chapters: made.chapters,
    };
  }
  editor.setBusy(t('editorPreparing'));
  const progress = (done: number, total: number) => editor.setBusy(t('editorPreparingShots', done, total));
  const messages = catalogMessages(locale);
  if (kind === 'handoff') return exportHandoffZip(editor.procedureId, progress, extras);
  if (kind === 'html') return exportHtml(editor.procedureId, progress, messages, extras);
  if (kind === 'word') return exportWord(editor.procedureId, progress, messages, undefined, extras);
  return exportMarkdownZip(editor.procedureId, progress, messages, undefined, extras);
}

/** Downloads a file in `locale`; `video` says whether to carry the video walkthrough in it. */
export async function download(
  editor: EditorStore,
  kind: ExportKind,
  locale: Locale,
  video?: VideoSettings,
): Promise<void> {
  try {
    const { blob, fileName } = await build(editor, kind, locale, video);
    downloadBlob(blob, fileName);
    editor.announce(t('editorDownloaded', fileName));
  } catch (error) {
    videoFailed(editor, error);
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
