/**
 * Import entry point, called from extension pages. Accepts a Handoff `.zip` or an exported `.html`
 * and always creates a new procedure with new ids, in one transaction.
 */

/** Thrown for any file that cannot be imported; the message is one sentence naming where. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export async function importFile(file: Blob & { name?: string }): Promise<{ procedureId: string }> {
  void file;
  throw new ImportError('file: import is not implemented yet.');
}
