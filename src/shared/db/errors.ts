/** Turns IndexedDB failures into one sentence a person can act on. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super(
      'Your disk is full, so Handoff paused recording. Free some space, then press Resume; nothing recorded so far is lost.',
    );
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

/** Rethrows quota errors as StorageFullError, other errors as they are. */
export function translateStorageError(error: unknown): never {
  if (isQuotaError(error)) throw new StorageFullError();
  throw error;
}
