import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EditorStore } from '../state/store';

export const StoreContext = createContext<EditorStore | undefined>(undefined);

/** The editor store; components below <App> always have one. */
export function useEditor(): EditorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The editor store is missing.');
  return store;
}

/** False while only a preview of the procedure is shown: controls are read-only until it all loads. */
export const EditableContext = createContext(true);

export function useEditable(): boolean {
  return useContext(EditableContext);
}
