/** What the popup shows while a recording runs or is paused: where, how long, how far, last step. */
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';
import type { RecordingSnapshot } from '../shared/protocol';
import { clockText, elapsedMs, useNow } from './clock';
import { PersonalStatus } from './PersonalStatus';

function site(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function RecordingPanel({
  snap,
  lastSentence,
  busy,
  onPause,
  onResume,
  onStop,
}: {
  snap: RecordingSnapshot;
  lastSentence: string | undefined;
  busy: boolean;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
}) {
  const paused = snap.status === 'paused';
  const now = useNow(!paused);
  const title = snap.tab?.title.trim() || t('popupTabUnknown');
  // Each fact is a group named by its label, so a screen reader (and a test) can ask for it by name.
  const item = (id: string, label: string, value: ComponentChildren) => (
    // biome-ignore lint/a11y/useSemanticElements: a labelled value on display, not a form fieldset
    <div class="fact" role="group" aria-labelledby={`fact-${id}`}>
      <span class="term" id={`fact-${id}`}>
        {label}
      </span>
      <span class="value">{value}</span>
    </div>
  );
  return (
    <section class="session" aria-label={t('popupSessionLabel')}>
      <div class="facts">
        {item(
          'tab',
          t('popupRecordedTab'),
          <>
            <span class="tab-title">{title}</span>
            {snap.tab?.url && <span class="site">{site(snap.tab.url)}</span>}
          </>,
        )}
        <div class="fact-row">
          {item('elapsed', t('popupElapsed'), <span class="clock">{clockText(elapsedMs(snap, now))}</span>)}
          {item('steps', t('popupSteps'), <span class="count">{snap.stepCount}</span>)}
        </div>
        {item('last', t('popupLastStep'), lastSentence ?? <span class="muted">{t('popupNoStepYet')}</span>)}
      </div>
      <div class="controls">
        {/* One button that toggles, never disabled while busy: a disabled or replaced button would
            drop keyboard focus, and Enter pressed again should undo the pause. */}
        <button
          type="button"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) (paused ? onResume : onPause)();
          }}
        >
          {paused ? t('popupResume') : t('popupPause')}
        </button>
        <button
          type="button"
          class="primary"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) onStop();
          }}
        >
          {t('popupStop')}
        </button>
      </div>
      {/* After Pause and Stop: the recording's own controls come first in the tab order. */}
      <PersonalStatus />
    </section>
  );
}
