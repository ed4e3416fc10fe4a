/** "Guide me": opens the procedure's first page and guides the person through it on the live page. */
import { useState } from 'preact/hooks';
import type { GuidePageToBackground } from '../guide-protocol';
import { t } from '../i18n';
import { errorSentence, sendMessage } from '../messaging';
import { Alert } from './Alert';

export function GuideButton({ procedureId, label }: { procedureId: string; label?: string }) {
  const [error, setError] = useState<string>();
  const start = async () => {
    setError(undefined);
    try {
      await sendMessage<GuidePageToBackground, 'page.guide.start'>('page.guide.start', { procedureId });
    } catch (e) {
      setError(t('guideCouldNotStart', errorSentence(e)));
    }
  };
  return (
    <>
      <button type="button" aria-label={label} onClick={() => void start()}>
        {t('guideMe')}
      </button>
      {error && <Alert message={error} onDismiss={() => setError(undefined)} />}
    </>
  );
}
