/** Copies a stored procedure, its steps and the screenshots they show, under new ids. */
import { images, procedures, steps } from '../shared/db';
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
  const created = await procedures.create({ title, startUrl: source.startUrl });
  try {
    const copy = duplicateProcedure(
      { procedure: source, steps: list, images: stored },
      created.id,
      newId,
      created.createdAt,
      title,
    );
    for (const image of copy.images) await images.put(image);
    await steps.putMany(copy.steps);
    await procedures.update(created.id, {
      intro: copy.procedure.intro,
      stepCount: copy.procedure.stepCount,
      searchText: copy.procedure.searchText,
      // The focused/full choice travels with the copy.
      ...(copy.procedure.view ? { view: copy.procedure.view } : {}),
    });
    return created.id;
  } catch (error) {
    // Half a copy is worse than none.
    await procedures.remove(created.id).catch(() => undefined);
    throw error;
  }
}
