/**
 * A saved version of a procedure (its history, shown in the editor's History panel): the procedure
 * record and its steps exactly as stored at one moment. Screenshots are named by id and shared with
 * the steps and with other versions, never copied; `imageIds` lists them once each so that the
 * store's multi-entry index can answer "does any kept version still need this screenshot?".
 * Not to be confused with the editor's undo history (shared/edit/history.ts), which lives and dies
 * with one editor page.
 */
import type { Procedure, Step } from '../model';

/** Why a version was saved: a recording stopped, a file was imported, edits paused, or a restore. */
export const VERSION_REASONS = ['recording', 'import', 'edits', 'restore'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export interface ProcedureVersion {
  id: string;
  procedureId: string;
  /** When the version was saved (ms since the epoch). */
  at: number;
  reason: VersionReason;
  /** The procedure record as it was stored then, without its bin mark. */
  procedure: Omit<Procedure, 'deletedAt'>;
  /** The steps as they were stored then, in order. */
  steps: Step[];
  /** Every screenshot the steps show, once each. */
  imageIds: string[];
}

/** What the History panel lists: no steps, so a list of fifty versions stays light to show. */
export interface VersionSummary {
  id: string;
  at: number;
  reason: VersionReason;
  title: string;
  stepCount: number;
}

/** The screenshots `steps` show, once each, in order of first use. */
export function imageIdsOf(steps: readonly Step[]): string[] {
  return [...new Set(steps.flatMap((s) => (s.image ? [s.image.imageId] : [])))];
}
