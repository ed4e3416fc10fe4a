/** The one place a page shows what went wrong: one sentence, announced, dismissible. */
import { t } from '../i18n';

export function Alert({ message, onDismiss }: { message: string | undefined; onDismiss: () => void }) {
  // The live region stays in the DOM so that screen readers notice when a sentence appears in it.
  return (
    <div role="alert" class={message ? 'alert' : undefined}>
      {message && (
        <>
          <span>{message}</span>
          <button type="button" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
