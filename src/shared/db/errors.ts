/** Turns IndexedDB failures into one sentence a person can act on, in the words of what failed. */
import { type MessageKey, t } from '../i18n';

/** What a person was doing when the disk filled up; each has its own sentence in `_locales/`. */
export type StorageAction = 'recording' | 'edit' | 'import' | 'duplicate';

const SENTENCES: Record<StorageAction, MessageKey> = {
  recording: 'storageFullRecording',
  edit: 'storageFullEdit',
  import: 'storageFullImport',
  duplicate: 'storageFullDuplicate',
};

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(readonly action: StorageAction = 'recording') {
    super(t(SENTENCES[action]));
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException))
    return false;
  const e = error as { name?: string; message?: string; inner?: { name?: string } };
  return (
    e.name === 'QuotaExceededError' ||
    e.inner?.name === 'QuotaExceededError' ||
    /quota/i.test(e.message ?? '')
  );
}

/** Rethrows quota errors as StorageFullError for `action`, other errors as they are. */
export function translateStorageError(error: unknown, action: StorageAction): never {
  if (isQuotaError(error)) throw new StorageFullError(action);
  throw error;
}
