/** One procedure in the library: open, rename, duplicate, delete (with confirmation). */
import { useRef, useState } from 'preact/hooks';
import type { Procedure } from '../../shared/model';
import { useFocusOnMount } from '../../shared/ui/use-focus-on-mount';
import type { LibraryStore } from '../store';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
        <span class="visually-hidden">New title for “{procedure.title}”</span>
        <input
          ref={box}
          type="text"
          value={title}
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Escape' && onDone()}
        />
      </label>
      <button type="submit" class="primary" disabled={!title.trim()}>
        Save title
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

export function ProcedureRow({ procedure, store }: { procedure: Procedure; store: LibraryStore }) {
  const [mode, setMode] = useState<'rename' | 'confirm'>();
  const name = procedure.title || 'Untitled';
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
            {procedure.stepCount} {procedure.stepCount === 1 ? 'step' : 'steps'} · changed{' '}
            <time dateTime={new Date(procedure.updatedAt).toISOString()}>
              {dateFormat.format(procedure.updatedAt)}
            </time>
          </span>
        </div>
      )}
      {mode === 'confirm' ? (
        // biome-ignore lint/a11y/useSemanticElements: an inline confirmation, not a form fieldset
        <div class="row confirm" role="group" aria-label={`Confirm deleting “${name}”`}>
          <span>Delete “{name}”?</span>
          <button type="button" class="danger" onClick={() => void store.remove(procedure)}>
            Delete
          </button>
          <button type="button" onClick={() => setMode(undefined)}>
            Keep
          </button>
        </div>
      ) : (
        mode === undefined && (
          <div class="row">
            <a class="button" href={editorUrl(procedure.id)} aria-label={`Open “${name}”`}>
              Open
            </a>
            <button type="button" aria-label={`Rename “${name}”`} onClick={() => setMode('rename')}>
              Rename
            </button>
            <button
              type="button"
              aria-label={`Duplicate “${name}”`}
              onClick={() => void store.duplicate(procedure)}
            >
              Duplicate
            </button>
            <button
              type="button"
              class="danger"
              aria-label={`Delete “${name}”`}
              onClick={() => setMode('confirm')}
            >
              Delete
            </button>
          </div>
        )
      )}
    </li>
  );
}
