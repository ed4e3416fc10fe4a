/** The repositories: UI and background reach storage only through these. */

export { StorageFullError } from './errors';
export * as images from './images';
export * as procedures from './procedures';
export * as steps from './steps';
