/** The editor page mounted in happy-dom on a stored procedure, as the editor's entry does it. */
import { render } from 'preact';
import { App } from '../../../src/editor/components/App';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { freshDatabase } from './db';
import { waitFor } from './dom';

/** Renders the editor into `root` and waits until it lists `steps` steps. */
export async function mountEditor(
  root: HTMLElement,
  procedureId: string,
  steps: number,
): Promise<EditorStore> {
  const store = new EditorStore(procedureId, { load: loadState, write: writeDiff, same: sameContent });
  render(<App store={store} />, root);
  await store.load();
  await waitFor(() => root.querySelectorAll('ol > li').length === steps);
  return store;
}

/** A fresh database and an empty element for a page to render into; undone by `leavePage`. */
export async function emptyPage(): Promise<HTMLElement> {
  await freshDatabase();
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

/** Unmounts what was rendered into `root`, so its effects stop, and removes it. */
export function leavePage(root: HTMLElement): void {
  render(null, root);
  root.remove();
}
