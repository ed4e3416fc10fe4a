/** The library page: every procedure, searchable, with open, rename, duplicate, delete and import. */
import { t } from '../../shared/i18n';
import { Alert } from '../../shared/ui/Alert';
import { useStore } from '../../shared/ui/use-store';
import type { LibraryStore } from '../store';
import { ImportButton } from './ImportButton';
import { ProcedureRow } from './ProcedureRow';
import { Settings } from './Settings';

export function LibraryApp({ store }: { store: LibraryStore }) {
  const snapshot = useStore(store);
  const visible = store.visible();
  return (
    <main class="library">
      <header class="row library-head">
        <h1>{t('libraryHeading')}</h1>
        <ImportButton store={store} />
      </header>
      <label class="field">
        <span class="field-label">{t('librarySearch')}</span>
        <input
          type="search"
          value={snapshot.query}
          placeholder={t('librarySearchPlaceholder')}
          onInput={(e) => store.search((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <Alert message={snapshot.error} onDismiss={() => store.dismissError()} />
      <p role="status" class="row">
        {snapshot.message}
        {snapshot.deleted && (
          <button type="button" onClick={() => void store.undoRemove()}>
            {t('undo')}
          </button>
        )}
      </p>
      {!snapshot.loaded && <p>{t('loading')}</p>}
      {snapshot.loaded && snapshot.all.length === 0 && <p>{t('libraryEmpty')}</p>}
      {snapshot.loaded && snapshot.all.length > 0 && visible.length === 0 && (
        <p>{t('libraryNoMatch', snapshot.query)}</p>
      )}
      <ul class="procedures" aria-label={t('libraryHeading')}>
        {visible.map((p) => (
          <ProcedureRow key={p.id} procedure={p} store={store} />
        ))}
      </ul>
      <Settings />
    </main>
  );
}
