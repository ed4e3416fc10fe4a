/** Shows every step's screenshot focused or full at once; each step can still differ afterwards. */
import { setProcedureView } from '../../shared/edit';
import { t } from '../../shared/i18n';
import type { ScreenshotView, Step } from '../../shared/model';
import { useEditor } from './context';

export interface ViewSwitchProps {
  steps: readonly Step[];
  view: ScreenshotView | undefined;
}

export function ViewSwitch({ steps, view }: ViewSwitchProps) {
  const store = useEditor();
  const current = view ?? 'focused';
  // A switch is a no-op only when the procedure already shows that view and no step differs.
  const mixed = steps.some((s) => s.view !== undefined);
  const choose = (next: ScreenshotView) => {
    if (store.edit((s) => setProcedureView(s, next)))
      store.announce(t(next === 'full' ? 'editorEveryFull' : 'editorEveryFocused'));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset
    <div class="row view-switch" role="group" aria-label={t('editorScreenshots')}>
      <button type="button" disabled={current === 'focused' && !mixed} onClick={() => choose('focused')}>
        {t('editorFocusEvery')}
      </button>
      <button type="button" disabled={current === 'full' && !mixed} onClick={() => choose('full')}>
        {t('editorFullEvery')}
      </button>
    </div>
  );
}
