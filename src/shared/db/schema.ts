import type { DBSchema } from 'idb';
import type { Procedure, Step, StoredImage } from '../model';
import type { ProcedureVersion } from './version-types';

export const DB_NAME = 'handoff';
/** Raise by one with every migration added to migrations.ts. */
export const DB_VERSION = 4;

export interface HandoffSchema extends DBSchema {
  procedures: {
    key: string;
    value: Procedure;
    indexes: { byUpdatedAt: number };
  };
  steps: {
    key: string;
    value: Step;
    indexes: { byProcedure: string; byProcedurePosition: [string, number] };
  };
  /** Screenshots as Blobs, apart from steps so that listing steps loads no pixels. */
  images: {
    key: string;
    value: StoredImage;
    indexes: { byProcedure: string };
  };
  /**
   * Saved versions of each procedure (version-types.ts); `byImage` is multi-entry over
   * `imageIds`, so finding whether a kept version shows a screenshot reads no step.
   */
  versions: {
    key: string;
    value: ProcedureVersion;
    indexes: { byProcedure: string; byProcedureTime: [string, number]; byImage: string };
  };
}

export type StoreName = 'procedures' | 'steps' | 'images' | 'versions';
