/** The repositories: UI and background reach storage only through these. */

export { type StorageAction, StorageFullError } from './errors';
export * as images from './images';
export * as procedures from './procedures';
export { editorLockName, reclaimImages, reclaimWhenNoEditor } from './reclaim';
export * as steps from './steps';
export type { ProcedureVersion, VersionReason, VersionSummary } from './version-types';
export * as versions from './versions';
export { type ProcedureWrite, type StepPatch, writeProcedure } from './write';
