/** Reads a Handoff zip: `procedure.json` plus the images it lists. */
import { fail } from './errors';
import { handoffFile } from './file';
import { checkImage } from './image-bytes';
import { LIMITS, MB } from './limits';
import { nextTask, type ParsedHandoff, parseJson, ZIP_ROOT } from './parsed';
import { listEntries, readEntry } from './zip-read';

const JSON_NAME = 'procedure.json';

export async function readHandoffZip(bytes: Uint8Array): Promise<ParsedHandoff> {
  const entries = new Map(listEntries(bytes).map((e) => [e.name, e]));
  const manifest = entries.get(JSON_NAME);
  if (!manifest) fail('archive', `has no ${JSON_NAME}, so it is not a Handoff archive`);
  if (manifest.size > LIMITS.jsonBytes) fail(JSON_NAME, `is larger than ${LIMITS.jsonBytes / MB} MB`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readEntry(bytes, manifest));
  } catch (error) {
    if (error instanceof TypeError) fail(JSON_NAME, 'is not UTF-8 text');
    throw error;
  }
  const file = handoffFile(parseJson(text, ZIP_ROOT), ZIP_ROOT);

  const imageBytes = new Map<string, Uint8Array>();
  for (const [i, image] of file.images.entries()) {
    const entry = entries.get(image.path);
    if (!entry) fail(`images[${i}].path`, `the archive has no entry ${JSON.stringify(image.path)}`);
    const data = readEntry(bytes, entry);
    checkImage(image, data, `images[${i}]`);
    imageBytes.set(image.id, data);
    if (i % 8 === 7) await nextTask();
  }
  return { file, imageBytes };
}
