/** The editor page mounted in happy-dom on a stored procedure, as the editor's entry does it. */
import { render } from 'preact';
import { App } from '../../../src/editor/components/App';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
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
