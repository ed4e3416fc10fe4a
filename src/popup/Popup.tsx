/** The toolbar popup: Start (or why not), or the running recording with Pause/Resume and Stop. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { procedures, steps } from '../shared/db';
import { plural, t, ui } from '../shared/i18n';
import { errorSentence } from '../shared/messaging';
import type { Procedure } from '../shared/model';
import type { RecordingSnapshot } from '../shared/protocol';
import { sentence } from '../shared/text';
import { screenshotShortcut, toggleShortcut } from '../shared/ui/shortcut';
import * as api from './api';
import { RecentList } from './RecentList';
import { RecordingPanel } from './RecordingPanel';
import { type Unrecordable, whyUnrecordable } from './recordable';
import { StartPanel } from './StartPanel';

const EDITOR = 'src/editor/index.html';
const LIBRARY = 'src/library/index.html';

export function Popup() {
  const [snap, setSnap] = useState<RecordingSnapshot | undefined>();
  const [recent, setRecent] = useState<Procedure[]>([]);
  const [lastSentence, setLastSentence] = useState<string | undefined>();
  const [blocked, setBlocked] = useState<Unrecordable | undefined>();
  const [tabChecked, setTabChecked] = useState(false);
  const [shortcut, setShortcut] = useState<string | undefined>();
  const [shotShortcut, setShotShortcut] = useState<string | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const [s, list] = await Promise.all([api.status(), procedures.list(5)]);
      const last = s.procedureId && s.status !== 'idle' ? await steps.last(s.procedureId) : undefined;
      setSnap(s);
      setRecent(list);
      setLastSentence(last && sentence(last, ui));
    } catch (e) {
      setError(errorSentence(e));
    }
  }, []);

  // Which tab Start would record can change while the popup is open (when it is opened as a tab).
  // Checks overlap (the popup opens, then the tab in front changes): only the latest may answer,
  // or a slow first answer about the popup's own tab would keep Start disabled.
  const tabChecks = useRef(0);
  const checkTab = useCallback(async () => {
    const check = ++tabChecks.current;
    let why: ReturnType<typeof whyUnrecordable>;
    try {
      why = whyUnrecordable(await api.activeTabFacts());
    } catch {
      why = undefined;
    }
    if (check !== tabChecks.current) return;
    setBlocked(why);
    setTabChecked(true);
  }, []);

  useEffect(() => {
    void refresh();
    void checkTab();
    void toggleShortcut().then(setShortcut);
    void screenshotShortcut().then(setShotShortcut);
    // The background announces new steps; keep the count current while the popup is open.
    const onMessage = (message: unknown) => {
      if ((message as { channel?: string } | null)?.channel === 'handoff/1') void refresh();
    };
    const onTabChange = () => void checkTab();
    // Only the active tab's new address or finished load can change what Start would record.
    const onTabUpdated = (
      _id: number,
      change: { url?: string; status?: string },
      tab: { active?: boolean },
    ) => {
      if (tab.active && (change.url !== undefined || change.status === 'complete')) void checkTab();
    };
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onTabChange);
    browser.tabs.onUpdated.addListener(onTabUpdated);
    // Opened as a tab (keyboard users, tests), the popup is itself the active tab until another one
    // comes to the front. Tab events alone were seen to miss that switch, so the page's own
    // visibility and a slow poll while Start is blocked also trigger a check.
    document.addEventListener('visibilitychange', onTabChange);
    const poll = api.isToolbarPopup() ? undefined : window.setInterval(onTabChange, 1000);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onTabChange);
      browser.tabs.onUpdated.removeListener(onTabUpdated);
      document.removeEventListener('visibilitychange', onTabChange);
      if (poll !== undefined) window.clearInterval(poll);
    };
  }, [refresh, checkTab]);

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
  const count = plural(ui, 'stepCount', snap?.stepCount ?? 0);
  // Shown only when a key is set: the screenshot shortcut is optional, the toolbar has no button for it.
  const shotHint = shotShortcut ? <p class="hint">{t('shotPopupHint', shotShortcut)}</p> : null;
  const statusText =
    status === 'recording'
      ? t('popupStatusRecording', count)
      : status === 'paused'
        ? t('popupStatusPaused', count)
        : t('popupStatusIdle');

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('appName')}</h1>
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
      {snap && status !== 'idle' ? (
        <>
          <RecordingPanel
            snap={snap}
            lastSentence={lastSentence}
            busy={busy}
            onPause={act(api.pause)}
            onResume={act(api.resume)}
            onStop={act(api.stop, true)}
          />
          {shotHint}
        </>
      ) : (
        <>
          <StartPanel
            blocked={blocked}
            ready={snap !== undefined && tabChecked}
            busy={busy}
            onStart={act(api.startOnActiveTab, true)}
          />
          {shortcut !== undefined && (
            <p class="hint">{shortcut ? t('popupShortcut', shortcut) : t('popupNoShortcut')}</p>
          )}
          {shotHint}
          <RecentList
            procedures={recent}
            onOpen={(id) => void api.openPage(`${EDITOR}?id=${encodeURIComponent(id)}`)}
          />
          <button type="button" class="link" onClick={() => void api.openPage(LIBRARY)}>
            {t('popupOpenLibrary')}
          </button>
        </>
      )}
    </main>
  );
}
