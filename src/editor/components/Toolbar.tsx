/** Title, undo/redo and the ways out of the editor: downloads and printing. */
import { setTitle } from '../../shared/edit';
import { download, print } from '../state/export-actions';
import { useEditor } from './context';
import { TextField } from './TextField';

export interface ToolbarProps {
  title: string;
  canUndo: boolean;
  canRedo: boolean;
  busy: boolean;
  /** Whether an edit is still on its way to storage. */
  saving: boolean;
}

export function Toolbar({ title, canUndo, canRedo, busy, saving }: ToolbarProps) {
  const store = useEditor();
  return (
    <header class="toolbar">
      <nav>
        <a href="../library/index.html">All procedures</a>
      </nav>
      <TextField
        class="title"
        label="Title"
        value={title}
        group="title"
        edit={(s, v) => setTitle(s, v)}
        placeholder="What is this procedure called?"
      />
      <div class="row" role="toolbar" aria-label="Editing">
        {/* Not a live region: announcing every save would talk over the person's typing. */}
        <span class="save-state muted">{saving ? 'Saving…' : 'All changes saved'}</span>
        <button type="button" disabled={!canUndo} onClick={() => store.undo()} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => store.redo()}
          aria-keyshortcuts="Control+Shift+Z"
        >
          Redo
        </button>
      </div>
      <div class="row" role="toolbar" aria-label="Hand off">
        <button type="button" class="primary" disabled={busy} onClick={() => void download(store, 'html')}>
          Download HTML
        </button>
        <button type="button" disabled={busy} onClick={() => void print(store)}>
          Print / Save as PDF
        </button>
        <button type="button" disabled={busy} onClick={() => void download(store, 'markdown')}>
          Download Markdown
        </button>
        <button type="button" disabled={busy} onClick={() => void download(store, 'handoff')}>
          Download Handoff file
        </button>
      </div>
    </header>
  );
}
