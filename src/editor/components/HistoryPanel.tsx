/**
 * The History dialog: the procedure's saved versions, newest first (when, why, how many steps),
 * each of which can be viewed read-only or restored. Restoring is one edit of the editor, so Undo
 * brings back what was there before. The button lives in the editing toolbar; the dialog is a
 * native modal <dialog> (focus kept inside, Escape closes it, focus goes back to the button).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { versions as repository, type VersionSummary } from '../../shared/db';
import { plural, t, ui } from '../../shared/i18n';
import { errorSentence } from '../../shared/messaging';
import type { EditorVersions } from '../state/versions';
import { useEditor } from './context';
import './history.css';
import { VersionSteps } from './VersionSteps';
import { reasonWords, timeWords } from './version-words';
import { useVersions } from './versions-context';

interface PanelProps {
  versions: EditorVersions;
  onClose: () => void;
}

function VersionList({
  list,
  onView,
  onRestore,
}: {
  list: readonly VersionSummary[];
  onView: (v: VersionSummary) => void;
  onRestore: (v: VersionSummary) => void;
}) {
  if (list.length === 0) return <p>{t('historyEmpty')}</p>;
  return (
    <ul class="history-list" aria-label={t('historyListLabel')}>
      {list.map((v) => {
        const reason = reasonWords(v.reason);
        const time = timeWords(v.at);
        return (
          <li key={v.id}>
            <span>
              <time dateTime={new Date(v.at).toISOString()}>{time}</time> · {reason} ·{' '}
              {plural(ui, 'stepCount', v.stepCount)}
            </span>
            <span class="row">
              <button
                type="button"
                aria-label={t('historyViewLabel', reason, time)}
                onClick={() => onView(v)}
              >
                {t('historyView')}
              </button>
              <button
                type="button"
                aria-label={t('historyRestoreLabel', reason, time)}
                onClick={() => onRestore(v)}
              >
                {t('historyRestore')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Deleting earlier versions, behind a confirmation that says what goes with them. */
function ForgetVersions({ onForget }: { onForget: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  return (
    <div class="history-forget">
      <button type="button" class="danger" aria-expanded={asking} onClick={() => setAsking(!asking)}>
        {t('historyForget')}
      </button>
      {asking && (
        <div role="group" aria-label={t('historyForget')}>
          <p>{t('historyForgetWarning')}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              ref={confirm}
              onClick={() => void onForget().then(() => setAsking(false))}
            >
              {t('historyForgetConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('historyForgetCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function HistoryPanel({ versions, onClose }: PanelProps) {
  const store = useEditor();
  const [list, setList] = useState<VersionSummary[]>();
  const [error, setError] = useState<string>();
  const [viewing, setViewing] = useState<VersionSummary>();
  const reload = () =>
    repository.list(versions.procedureId).then(setList, (e: unknown) => setError(errorSentence(e)));
  useEffect(() => {
    void reload();
  }, [versions]);
  const forget = async () => {
    try {
      const gone = await versions.keepOnlyCurrent();
      store.announce(plural(ui, 'historyForgotten', gone));
      await reload();
    } catch (e) {
      setError(errorSentence(e));
    }
  };
  const restore = async (v: VersionSummary) => {
    if (await versions.restore(v.id)) {
      onClose();
      store.announce(t('historyRestored', timeWords(v.at)));
    }
  };
  return (
    <>
      <h2 id="history-title">{t('historyTitle')}</h2>
      <p class="muted">{t('historyIntro')}</p>
      {error && <p role="alert">{error}</p>}
      {viewing ? (
        <VersionSteps
          summary={viewing}
          onBack={() => setViewing(undefined)}
          onRestore={() => void restore(viewing)}
        />
      ) : list ? (
        <>
          <VersionList list={list} onView={setViewing} onRestore={(v) => void restore(v)} />
          {list.length > 1 && <ForgetVersions onForget={forget} />}
        </>
      ) : (
        <p>{t('historyLoading')}</p>
      )}
      <div class="row">
        <button type="button" onClick={onClose}>
          {t('historyClose')}
        </button>
      </div>
    </>
  );
}

/** The toolbar's History button and its dialog; nothing where the page keeps no versions. */
export function HistoryButton({ disabled = false }: { disabled?: boolean }) {
  const versions = useVersions();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    else if (!open && d.open) d.close();
  }, [open]);
  if (!versions) return null;
  return (
    <>
      <button type="button" aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
        {t('historyOpen')}
      </button>
      <dialog ref={dialog} class="history" aria-labelledby="history-title" onClose={() => setOpen(false)}>
        {open && <HistoryPanel versions={versions} onClose={() => setOpen(false)} />}
      </dialog>
    </>
  );
}
