import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { procedures } from '../shared/db';
import { errorSentence } from '../shared/messaging';
import type { Procedure } from '../shared/model';
import type { RecordingSnapshot } from '../shared/protocol';
import * as api from './api';
import { RecentList } from './RecentList';

const EDITOR = 'src/editor/index.html';
const LIBRARY = 'src/library/index.html';

export function Popup() {
  const [snap, setSnap] = useState<RecordingSnapshot | undefined>();
  const [recent, setRecent] = useState<Procedure[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const [s, list] = await Promise.all([api.status(), procedures.list(5)]);
      setSnap(s);
      setRecent(list);
    } catch (e) {
      setError(errorSentence(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
    // The background announces new steps; keep the count current while the popup is open.
    const onMessage = (message: unknown) => {
      if ((message as { channel?: string } | null)?.channel === 'handoff/1') void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [refresh]);

  const act =
    (action: () => Promise<RecordingSnapshot>, closeAfter = false) =>
    async () => {
      setBusy(true);
      setError('');
      try {
        setSnap(await action());
        if (closeAfter && api.isToolbarPopup()) window.close();
        void refresh();
      } catch (e) {
        setError(errorSentence(e));
      } finally {
        setBusy(false);
      }
    };

  const status = snap?.status ?? 'idle';
  const count = snap?.stepCount ?? 0;
  const statusText =
    status === 'recording'
      ? `Recording · ${count} ${count === 1 ? 'step' : 'steps'}`
      : status === 'paused'
        ? `Paused · ${count} ${count === 1 ? 'step' : 'steps'}`
        : 'Not recording';

  return (
    <main class="popup">
      <header>
        <h1>Handoff</h1>
        <p role="status" class={`status status-${status}`}>
          {statusText}
        </p>
      </header>
      {snap?.warning && (
        <p role="alert" class="warning">
          {snap.warning}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="controls">
        {status === 'idle' ? (
          <button
            type="button"
            class="primary"
            disabled={busy || !snap}
            onClick={act(api.startOnActiveTab, true)}
          >
            Start recording
          </button>
        ) : (
          <>
            {status === 'recording' ? (
              <button type="button" disabled={busy} onClick={act(api.pause)}>
                Pause
              </button>
            ) : (
              <button type="button" disabled={busy} onClick={act(api.resume)}>
                Resume
              </button>
            )}
            <button type="button" class="primary" disabled={busy} onClick={act(api.stop, true)}>
              Stop recording
            </button>
          </>
        )}
      </div>
      <p class="hint">Shortcut: Alt+Shift+R starts and stops recording.</p>
      <RecentList
        procedures={recent}
        onOpen={(id) => void api.openPage(`${EDITOR}?id=${encodeURIComponent(id)}`)}
      />
      <button type="button" class="link" onClick={() => void api.openPage(LIBRARY)}>
        Open library
      </button>
    </main>
  );
}
