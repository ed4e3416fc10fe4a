/**
 * The steps as an ordered list. The first screenful renders at once and the rest follows in
 * chunks between frames, so a thousand steps show their first ones immediately; CSS
 * `content-visibility: auto` then skips layout and paint of the steps off screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ScreenshotView, Step } from '../../shared/model';
import { InsertForm } from './InsertForm';
import { StepItem } from './StepItem';
import { ViewSwitch } from './ViewSwitch';

const FIRST = 30;
const CHUNK = 150;

function useIncremental(total: number): number {
  const [shown, setShown] = useState(Math.min(total, FIRST));
  useEffect(() => {
    if (shown >= total) return;
    const handle = setTimeout(() => setShown((s) => Math.min(total, s + CHUNK)), 16);
    return () => clearTimeout(handle);
  }, [shown, total]);
  return Math.min(shown, total);
}

export function StepList({ steps, view }: { steps: readonly Step[]; view?: ScreenshotView | undefined }) {
  const shown = useIncremental(steps.length);
  const [adding, setAdding] = useState<'start' | 'end'>();
  return (
    <section class="steps" aria-labelledby="steps-heading">
      <div class="row steps-top">
        <h2 id="steps-heading">{t('editorStepsHeading')}</h2>
        <button type="button" onClick={() => setAdding('start')}>
          {t('editorAddAtStart')}
        </button>
        <ViewSwitch steps={steps} view={view} />
      </div>
      {adding === 'start' && <InsertForm index={0} onDone={() => setAdding(undefined)} />}
      {steps.length === 0 && <p>{t('editorNoSteps')}</p>}
      <ol aria-labelledby="steps-heading" aria-busy={shown < steps.length}>
        {steps.slice(0, shown).map((step, i) => (
          <StepItem
            key={step.id}
            step={step}
            index={i}
            isLast={i === steps.length - 1}
            procedureView={view}
          />
        ))}
      </ol>
      {shown < steps.length && <p class="muted">{t('editorShowing', shown, steps.length)}</p>}
      <button type="button" onClick={() => setAdding('end')}>
        {t('editorAddAtEnd')}
      </button>
      {adding === 'end' && <InsertForm index={steps.length} onDone={() => setAdding(undefined)} />}
    </section>
  );
}
