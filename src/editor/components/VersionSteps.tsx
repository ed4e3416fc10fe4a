/**
 * One saved version's steps, read-only: each step's sentence and a thumbnail of its screenshot.
 * Thumbnails are read from IndexedDB only near the viewport and let go when they leave, as the
 * editor's own screenshots are (a version can hold hundreds of steps).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ProcedureVersion, type VersionSummary, versions } from '../../shared/db';
import { t, ui } from '../../shared/i18n';
import type { Step } from '../../shared/model';
import { altText, sentence } from '../../shared/text';
import { useFocusOnMount } from '../../shared/ui/use-focus-on-mount';
import { useLazyImage } from './use-lazy-image';
import { reasonWords, timeWords } from './version-words';

function Thumbnail({ step, index }: { step: Step; index: number }) {
  const box = useRef<HTMLDivElement>(null);
  const imageId = step.image?.imageId;
  const url = useLazyImage(imageId, box)?.url;
  if (!imageId) return null;
  const alt = altText(step, index, ui);
  return (
    <div class="version-thumb" ref={box}>
      {url ? <img src={url} alt={alt} /> : <div role="img" aria-label={alt} />}
    </div>
  );
}

export interface VersionStepsProps {
  summary: VersionSummary;
  onBack: () => void;
  onRestore: () => void;
}

export function VersionSteps({ summary, onBack, onRestore }: VersionStepsProps) {
  const [version, setVersion] = useState<ProcedureVersion | null>();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useEffect(() => {
    void versions.get(summary.id).then(
      (v) => setVersion(v ?? null),
      () => setVersion(null),
    );
  }, [summary.id]);
  const reason = reasonWords(summary.reason);
  const time = timeWords(summary.at);
  return (
    <section aria-labelledby="history-viewing">
      <h3 id="history-viewing" tabIndex={-1} ref={heading}>
        {t('historyViewing', reason, time)}
      </h3>
      <div class="row">
        <button type="button" onClick={onBack}>
          {t('historyBack')}
        </button>
        <button
          type="button"
          class="primary"
          disabled={!version}
          aria-label={t('historyRestoreLabel', reason, time)}
          onClick={onRestore}
        >
          {t('historyRestore')}
        </button>
      </div>
      {version === undefined && <p>{t('historyLoading')}</p>}
      {version === null && <p>{t('historyVersionGone')}</p>}
      {version && (
        <>
          <p class="muted">{version.procedure.title}</p>
          <ol class="version-steps" aria-label={t('historyViewingSteps')}>
            {version.steps.map((step, i) => (
              <li key={step.id}>
                <Thumbnail step={step} index={i} />
                <p>
                  <strong>{t('editorStepNumber', i + 1)}</strong>
                  <br />
                  {sentence(step, ui)}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
