/** The video walkthrough's downloads: the video itself and its chapters file. */

import { displayTitle } from '../../shared/export/document';
import { fileStem } from '../../shared/export/file-name';
import { loadProcedure } from '../../shared/export/load';
import { catalogMessages, type Locale, t } from '../../shared/i18n';
import { walkthrough } from '../../shared/video/script';
import type { VideoSettings } from '../../shared/video/settings';
import type { RenderedVideo } from '../video/render';
import { downloadBlob } from './download';
import type { EditorStore } from './store';
import { isCancelled, runVideoJob } from './video-job';

/** Renders the procedure's video in `locale`, showing progress; cancellable through video-job. */
export function makeVideo(
  editor: EditorStore,
  locale: Locale,
  settings: VideoSettings,
): Promise<RenderedVideo> {
  return runVideoJob(async (signal) => {
    editor.setBusy(t('editorVideoProgress', 0, 1));
    // Loaded on first use: the encoder and muxer are most of the editor's code otherwise.
    const { renderVideo } = await import('../video/render');
    return renderVideo(editor.procedureId, {
      settings,
      messages: catalogMessages(locale),
      signal,
      onProgress: (done, total) => editor.setBusy(t('editorVideoProgress', done, total)),
    });
  });
}

/** Reports a failed or cancelled video job the way the person will understand it. */
export function videoFailed(editor: EditorStore, error: unknown): void {
  if (isCancelled(error)) editor.announce(t('editorVideoCancelled'));
  else editor.fail(error);
}

export async function downloadVideo(
  editor: EditorStore,
  locale: Locale,
  settings: VideoSettings,
): Promise<void> {
  try {
    await editor.endTyping();
    const video = await makeVideo(editor, locale, settings);
    downloadBlob(video.blob, video.fileName);
    editor.announce(t('editorDownloaded', video.fileName));
  } catch (error) {
    videoFailed(editor, error);
  } finally {
    editor.setBusy(undefined);
  }
}

/** The chapters need no pixels: they come from the timeline at once. */
export async function downloadChapters(
  editor: EditorStore,
  locale: Locale,
  settings: VideoSettings,
): Promise<void> {
  try {
    await editor.endTyping();
    const messages = catalogMessages(locale);
    const { procedure, steps } = await loadProcedure(editor.procedureId, messages);
    const { vtt } = walkthrough(steps, settings.pace, messages);
    const fileName = `${fileStem(displayTitle(procedure, messages))}.chapters.vtt`;
    downloadBlob(new Blob([vtt], { type: 'text/vtt;charset=utf-8' }), fileName);
    editor.announce(t('editorDownloaded', fileName));
  } catch (error) {
    editor.fail(error);
  }
}
