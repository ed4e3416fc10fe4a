/** Editor entry: wires the store to storage, other tabs and the page's lifecycle, then renders. */
import { render } from 'preact';
import { t, ui } from '../shared/i18n';
import { sendMessage } from '../shared/messaging';
import type { PageToBackground } from '../shared/protocol';
import '../shared/ui/base.css';
import './editor.css';
import { App } from './components/App';
import { VersionsContext } from './components/versions-context';
import { loadPreview, loadState, sameContent } from './state/load';
import { deleteUnusedImages, holdProcedure, soleEditor } from './state/orphans';
import { writeDiff } from './state/persist';
import { EditorStore } from './state/store';
import { connectSync } from './state/sync';
import { EditorVersions } from './state/versions';

const root = document.getElementById('app')!;
const procedureId = new URLSearchParams(location.search).get('id');

async function isBeingRecorded(id: string): Promise<boolean> {
  try {
    const status = await sendMessage<PageToBackground, 'page.recording.status'>('page.recording.status', {});
    return status.status !== 'idle' && status.procedureId === id;
  } catch {
    // No answer: assume the worst and keep every image.
    return true;
  }
}

document.documentElement.lang = ui.locale;

if (!procedureId) {
  render(
    <main>
      <p>
        {t('editorNoProcedure')} <a href="../library/index.html">{t('editorSeeAll')}</a>
      </p>
    </main>,
    root,
  );
} else {
  let notify = () => {};
  const store = new EditorStore(procedureId, {
    load: loadState,
    preview: loadPreview,
    // Screenshots leaving this page's undo history are deleted with the save, unless another
    // editor page on the procedure might still bring them back (its history is its own).
    write: async (before, after, release) =>
      writeDiff(before, after, release.length && (await soleEditor(procedureId)) ? release : []),
    same: sameContent,
    notify: () => {
      notify();
      // A burst of edits followed by a pause becomes one saved version (the History panel).
      editorVersions.burst.edited();
    },
  });
  const editorVersions = new EditorVersions(store);
  const sync = connectSync(procedureId, () => void store.reloadFromStorage());
  notify = sync.notify;
  // Closing the tab or switching away writes whatever is still waiting for the typing pause; closing
  // it also ends undo, so screenshots only the history showed are deleted (best effort: a closing
  // page may not finish, and the next editor to open the procedure sweeps them).
  addEventListener('pagehide', (event) => {
    const closing = !event.persisted;
    // The burst of edits ends with the page: its version is saved now (the background saves it
    // too, should this page be torn down first).
    if (closing) void editorVersions.burst.end();
    // The background outlives this page: it deletes them once this page's lock is gone, even when
    // the page is torn down before its own attempt below finishes.
    if (closing) {
      void sendMessage<PageToBackground, 'page.editor.closed'>('page.editor.closed', { procedureId }).catch(
        () => {},
      );
    }
    void store
      .flush()
      .then(async () => {
        if (!closing || !store.state || !(await soleEditor(procedureId))) return;
        await deleteUnusedImages(procedureId, () => store.presentImageIds());
      })
      .catch(() => {
        // Housekeeping: the next editor to open the procedure sweeps what this one could not.
      });
  });
  // A write in flight needs this page alive to finish (a repository write reads, then puts), so
  // leaving during one asks first; the dialog also gives the write the moment it needs.
  addEventListener('beforeunload', (event) => {
    if (!store.saving) return;
    void store.flush();
    event.preventDefault();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void store.flush();
  });
  render(
    <VersionsContext.Provider value={editorVersions}>
      <App store={store} />
    </VersionsContext.Provider>,
    root,
  );
  void store.load().then(() =>
    holdProcedure(procedureId, async () => {
      if (!store.state || (await isBeingRecorded(procedureId))) return;
      await deleteUnusedImages(procedureId, () => store.referencedImageIds());
    }).catch(() => {
      // Cleaning up is housekeeping; a failure costs disk space, not work.
    }),
  );
}
