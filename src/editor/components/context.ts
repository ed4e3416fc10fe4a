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
