/** Imports a Handoff .zip or an exported .html as a new procedure. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { importFile } from '../../shared/import';
import { errorSentence } from '../../shared/messaging';
import type { LibraryStore } from '../store';

export function ImportButton({ store }: { store: LibraryStore }) {
  const [working, setWorking] = useState(false);
  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setWorking(true);
    try {
      await importFile(file);
      store.report(t('libraryImported', file.name));
      await store.refresh();
    } catch (error) {
      // The importer's detail (where the file is wrong) stays as it is; the sentence around it is translated.
      store.report(undefined, new Error(t('libraryImportFailed', file.name, errorSentence(error))));
    } finally {
      setWorking(false);
      // Choosing the same file again must fire change again.
      input.value = '';
    }
  };
  return (
    <label class="import">
      <span class="button">{working ? t('libraryImporting') : t('libraryImport')}</span>
      <input
        type="file"
        class="visually-hidden"
        aria-label={t('libraryImportLabel')}
        accept=".zip,.html,.htm,application/zip,text/html"
        disabled={working}
        onChange={onChange}
      />
    </label>
  );
}
