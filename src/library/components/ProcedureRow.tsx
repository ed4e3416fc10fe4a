/** One procedure in the library: open, rename, duplicate, delete (with confirmation). */
import { useRef, useState } from 'preact/hooks';
import { plural, t, ui } from '../../shared/i18n';
import type { Procedure } from '../../shared/model';
import { GuideButton } from '../../shared/ui/GuideButton';
import { useFocusOnMount } from '../../shared/ui/use-focus-on-mount';
import type { LibraryStore } from '../store';

const dateFormat = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium', timeStyle: 'short' });

export function editorUrl(id: string): string {
  return `../editor/index.html?id=${encodeURIComponent(id)}`;
}

function RenameForm({
  procedure,
  store,
  onDone,
}: {
  procedure: Procedure;
  store: LibraryStore;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(procedure.title);
  const box = useRef<HTMLInputElement>(null);
  useFocusOnMount(box);
  return (
    <form
      class="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim()) void store.rename(procedure.id, title.trim()).then(onDone);
      }}
    >
      <label class="field">
        <span class="visually-hidden">{t('libraryNewTitle', procedure.title)}</span>
        <input
          ref={box}
          type="text"
          value={title}
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Escape' && onDone()}
        />
      </label>
      <button type="submit" class="primary" disabled={!title.trim()}>
        {t('librarySaveTitle')}
      </button>
      <button type="button" onClick={onDone}>
        {t('cancel')}
      </button>
    </form>
  );
}

export function ProcedureRow({ procedure, store }: { procedure: Procedure; store: LibraryStore }) {
  const [mode, setMode] = useState<'rename' | 'confirm'>();
  const name = procedure.title || t('untitled');
  return (
    <li class="procedure">
      {mode === 'rename' ? (
        <RenameForm procedure={procedure} store={store} onDone={() => setMode(undefined)} />
      ) : (
        <div class="procedure-main">
          <a class="procedure-title" href={editorUrl(procedure.id)}>
            {name}
          </a>
          <span class="muted">
            {t('libraryChanged', plural(ui, 'stepCount', procedure.stepCount), '\uE000')
              .split('\uE000')
              .flatMap((part, i) =>
                // The date goes inside a <time> wherever the language puts it in the sentence.
                i === 0
                  ? [part]
                  : [
                      <time key="t" dateTime={new Date(procedure.updatedAt).toISOString()}>
                        {dateFormat.format(procedure.updatedAt)}
                      </time>,
                      part,
                    ],
              )}
          </span>
        </div>
      )}
      {mode === 'confirm' ? (
        // biome-ignore lint/a11y/useSemanticElements: an inline confirmation, not a form fieldset
        <div class="row confirm" role="group" aria-label={t('libraryConfirmDeleting', name)}>
          <span>{t('libraryDeleteQuestion', name)}</span>
          <button type="button" class="danger" onClick={() => void store.remove(procedure)}>
            {t('libraryDelete')}
          </button>
          <button type="button" onClick={() => setMode(undefined)}>
            {t('libraryKeep')}
          </button>
        </div>
      ) : (
        mode === undefined && (
          <div class="row">
            <a class="button" href={editorUrl(procedure.id)} aria-label={t('libraryOpenNamed', name)}>
              {t('libraryOpen')}
            </a>
            <GuideButton procedureId={procedure.id} label={t('guideMeNamed', name)} />
            <button
              type="button"
              aria-label={t('libraryRenameNamed', name)}
              onClick={() => setMode('rename')}
            >
              {t('libraryRename')}
            </button>
            <button
              type="button"
              aria-label={t('libraryDuplicateNamed', name)}
              onClick={() => void store.duplicate(procedure)}
            >
              {t('libraryDuplicate')}
            </button>
            <button
              type="button"
              class="danger"
              aria-label={t('libraryDeleteNamed', name)}
              onClick={() => setMode('confirm')}
            >
              {t('libraryDelete')}
            </button>
          </div>
        )
      )}
    </li>
  );
}
