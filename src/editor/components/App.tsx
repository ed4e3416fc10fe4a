/** The editor page: loads one procedure and shows it for editing. */
import { useEffect } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { Alert } from '../../shared/ui/Alert';
import { useStore } from '../../shared/ui/use-store';
import type { EditorStore } from '../state/store';
import { AccessList } from './AccessList';
import { EditableContext, StoreContext } from './context';
import { IntroFields } from './IntroFields';
import { StepList } from './StepList';
import { Toolbar } from './Toolbar';
import { Troubleshooting } from './Troubleshooting';

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) everywhere, the procedure's text boxes included: their native undo would bypass storage. */
function useUndoKeys(store: EditorStore) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // Boxes not bound to the procedure (a new step's text, a new title in a form) keep their own undo.
      const target = event.target as HTMLElement | null;
      if (target?.matches?.('input, textarea') && !target.hasAttribute('data-store-field')) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.redo();
        else store.undo();
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        store.redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}

export function App({ store }: { store: EditorStore }) {
  const snapshot = useStore(store);
  useUndoKeys(store);
  const state = snapshot.history?.present ?? snapshot.preview;
  const pageTitle = state
    ? t('editorDocTitleNamed', state.procedure.title || t('untitled'))
    : t('editorDocTitle');
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);

  return (
    <StoreContext.Provider value={store}>
      <EditableContext.Provider value={!!snapshot.history}>
        <div aria-live="polite" class="visually-hidden" key={snapshot.announcement.seq}>
          {snapshot.announcement.text}
        </div>
        {state ? (
          <Toolbar
            title={state.procedure.title}
            steps={state.steps}
            canUndo={store.canUndo}
            canRedo={store.canRedo}
            busy={!!snapshot.busy || !snapshot.history}
            saving={snapshot.saving}
          />
        ) : null}
        <main>
          <Alert message={snapshot.error} onDismiss={() => store.dismissError()} />
          {snapshot.busy && (
            <p role="status" class="busy">
              {snapshot.busy}
            </p>
          )}
          {snapshot.status === 'loading' && !state && <p>{t('loading')}</p>}
          {snapshot.status === 'missing' && (
            <p>
              {t('procedureGone')} <a href="../library/index.html">{t('editorSeeAll')}</a>
            </p>
          )}
          {state && (
            <>
              <IntroFields intro={state.procedure.intro} />
              <AccessList items={state.procedure.access ?? []} />
              <Troubleshooting entries={state.procedure.troubleshooting ?? []} />
              <StepList steps={state.steps} view={state.procedure.view} />
            </>
          )}
        </main>
      </EditableContext.Provider>
    </StoreContext.Provider>
  );
}
