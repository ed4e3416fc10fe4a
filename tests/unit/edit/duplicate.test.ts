import { describe, expect, it } from 'vitest';
import { duplicateProcedure } from '../../../src/shared/edit/duplicate';
import type { StoredImage } from '../../../src/shared/model';
import { abc } from './fixtures';

const image = (id: string): StoredImage => ({
  id,
  procedureId: 'proc-1',
  blob: new Blob([id]),
  width: 2,
  height: 1,
});

describe('duplicateProcedure', () => {
  it('copies with new ids everywhere and remaps screenshots', () => {
    const { procedure, steps } = abc();
    const shared = { ...steps[2]!, image: { ...steps[1]!.image! } };
    const source = {
      procedure,
      steps: [steps[0]!, steps[1]!, shared],
      images: ['img-a', 'img-b', 'img-old'].map(image),
    };
    let n = 0;
    const copy = duplicateProcedure(source, 'copy-proc', () => `new-${++n}`, 42);
    expect(copy.procedure).toMatchObject({
      id: 'copy-proc',
      title: 'Pay an invoice (copy)',
      stepCount: 3,
      createdAt: 42,
    });
    expect(copy.procedure.searchText.split('\n')[0]).toBe('pay an invoice (copy)');
    expect(copy.steps.every((s) => s.procedureId === 'copy-proc' && s.id.startsWith('new-'))).toBe(true);
    expect(copy.images.map((i) => i.procedureId)).toEqual(['copy-proc', 'copy-proc']);
    // Two steps shared one screenshot: their copies share its copy. The unused image is left behind.
    expect(copy.steps[1]!.image!.imageId).toBe(copy.steps[2]!.image!.imageId);
    expect(new Set(copy.images.map((i) => i.id))).toEqual(new Set(copy.steps.map((s) => s.image!.imageId)));
    // The source is untouched.
    expect(source.steps[0]!.id).toBe('a');
    expect(source.steps[0]!.image!.imageId).toBe('img-a');
  });
});
