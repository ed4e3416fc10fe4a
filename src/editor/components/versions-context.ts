import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EditorVersions } from '../state/versions';

/** The procedure's saved versions, when the page keeps them (the editor's entry provides it). */
export const VersionsContext = createContext<EditorVersions | undefined>(undefined);

export function useVersions(): EditorVersions | undefined {
  return useContext(VersionsContext);
}
