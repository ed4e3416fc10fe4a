/** The idle popup's call to action: Start, or why this page cannot be recorded, said before Start. */
import { t } from '../shared/i18n';
import { UNRECORDABLE_REASON, type Unrecordable } from './recordable';

export function StartPanel({
  blocked,
  ready,
  busy,
  onStart,
}: {
  blocked: Unrecordable | undefined;
  /** False until the popup knows the status and the active tab. */
  ready: boolean;
  busy: boolean;
  onStart: () => void;
}) {
  return (
    <section class="start">
      {blocked && (
        <div class="blocked" id="why-blocked">
          <h2>{t('popupCannotRecord')}</h2>
          <p>{t(UNRECORDABLE_REASON[blocked])}</p>
        </div>
      )}
      <button
        type="button"
        class="primary start-button"
        disabled={busy || !ready || blocked !== undefined}
        aria-describedby={blocked ? 'why-blocked' : undefined}
        onClick={onStart}
      >
        {t('popupStart')}
      </button>
    </section>
  );
}
