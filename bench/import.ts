/** Import of exported files through the library's own file input, timed to its confirmation. */
import { basename } from 'node:path';
import type { LaunchedExtension } from '../tests/e2e/support/extension';
import { openExtensionPage } from './extension-page';

const LIBRARY_PATH = 'src/library/index.html';

export interface ImportTiming {
  file: string;
  /** From choosing the file until the library says it was imported (validated and stored). */
  ms: number;
}

export async function measureImport(
  ext: LaunchedExtension,
  files: readonly string[],
): Promise<ImportTiming[]> {
  const library = await openExtensionPage(ext.context, ext.extensionId, LIBRARY_PATH);
  const input = library.getByLabel('Import a procedure');
  await input.waitFor({ state: 'attached', timeout: 20_000 });
  const results: ImportTiming[] = [];
  for (const file of files) {
    const started = Date.now();
    await input.setInputFiles(file);
    await library.getByText(`Imported ${basename(file)}.`).waitFor({ timeout: 120_000 });
    results.push({ file: basename(file), ms: Date.now() - started });
  }
  await library.close();
  return results;
}
