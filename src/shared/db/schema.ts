import type { DBSchema } from 'idb';
import type { Procedure, Step, StoredImage } from '../model';

export const DB_NAME = 'handoff';
/** Raise by one with every migration added to migrations.ts. */
export const DB_VERSION = 2;

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
}

export type StoreName = 'procedures' | 'steps' | 'images';
