/** Copies a stored procedure, its steps and the screenshots they show, under new ids, in one write. */
import { images, procedures, steps, writeProcedure } from '../shared/db';
import { duplicateProcedure } from '../shared/edit/duplicate';
import { t } from '../shared/i18n';
import { newId, type StoredImage } from '../shared/model';

export async function duplicateStored(procedureId: string): Promise<string> {
  const [source, list] = await Promise.all([procedures.get(procedureId), steps.list(procedureId)]);
  if (!source) throw new Error(t('procedureGone'));
  const imageIds = [...new Set(list.flatMap((s) => (s.image ? [s.image.imageId] : [])))];
  const stored = (await Promise.all(imageIds.map((id) => images.get(id)))).filter(
    (i): i is StoredImage => i !== undefined,
  );
  const title = `${source.title} (copy)`;
  const copy = duplicateProcedure(
    { procedure: source, steps: list, images: stored },
    newId(),
    newId,
    Date.now(),
    title,
  );
  // The procedure, its steps and images are added together: a failed copy leaves nothing behind.
  await writeProcedure(
    { procedureId: copy.procedure.id, create: copy.procedure, put: copy.steps, images: copy.images },
    'duplicate',
  );
  return copy.procedure.id;
}
