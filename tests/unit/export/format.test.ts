/** The Handoff JSON builder: canonical, id-free, stable whatever the stored shape. */
import { describe, expect, it } from 'vitest';
import { serialiseHandoff, toHandoffFile } from '../../../src/shared/export/format';
import type { ImageInfo } from '../../../src/shared/export/image-info';
import type { Procedure, Step } from '../../../src/shared/model';
import { richSteps } from './fixtures';

const procedure: Procedure = {
  id: 'p',
  title: 'T',
  intro: { purpose: 'a', prerequisites: 'b', result: 'c' },
  createdAt: 5,
  updatedAt: 6,
  stepCount: 9,
  searchText: 't',
  startUrl: 'https://x.example/',
  troubleshooting: [],
  access: [],
  deletedAt: 7,
};
const png = (w: number): ImageInfo => ({ type: 'image/png', width: w, height: 10 });
const infos = new Map<string, ImageInfo>([
  ['a', png(1)],
  ['b', png(2)],
  ['c', { type: 'image/jpeg', width: 3, height: 10 }],
  ['d', { type: 'image/webp', width: 4, height: 10 }],
]);

/** Rebuilds every object with its keys in reverse order, as another writer might store them. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T;
  }
  return value;
}

describe('toHandoffFile', () => {
  it('numbers images by first use, lists a shared one once, and gives each its path', () => {
    const { file, fileImageIds } = toHandoffFile(procedure, richSteps('p', ['a', 'b', 'c', 'd']), infos);
    expect(file.images).toEqual([
      { id: 'image-001', path: 'images/image-001.png', width: 1, height: 10, type: 'image/png' },
      { id: 'image-002', path: 'images/image-002.png', width: 2, height: 10, type: 'image/png' },
      { id: 'image-003', path: 'images/image-003.jpg', width: 3, height: 10, type: 'image/jpeg' },
      { id: 'image-004', path: 'images/image-004.webp', width: 4, height: 10, type: 'image/webp' },
    ]);
    expect(file.steps.map((s) => s.image?.imageId)).toEqual([
      'image-001',
      'image-002',
      'image-003',
      undefined,
      'image-004',
      undefined,
      undefined,
      undefined,
      'image-002',
    ]);
    expect([...fileImageIds]).toEqual([
      ['a', 'image-001'],
      ['b', 'image-002'],
      ['c', 'image-003'],
      ['d', 'image-004'],
    ]);
  });

  it('leaves out storage fields and derived procedure fields', () => {
    const { file } = toHandoffFile(procedure, richSteps('p', ['a', 'b', 'c', 'd']), infos);
    expect(file.procedure).toEqual({
      title: 'T',
      intro: { purpose: 'a', prerequisites: 'b', result: 'c' },
      createdAt: 5,
      startUrl: 'https://x.example/',
      troubleshooting: [],
      access: [],
    });
    for (const step of file.steps) {
      expect(Object.keys(step)).not.toContain('id');
      expect(Object.keys(step)).not.toContain('procedureId');
      expect(Object.keys(step)).not.toContain('position');
    }
  });

  it('exports a step whose image cannot be read without one', () => {
    const { file } = toHandoffFile(procedure, richSteps('p', ['a', 'b', 'c', 'd']), new Map([['c', png(3)]]));
    expect(file.images.map((i) => i.id)).toEqual(['image-001']);
    expect(file.steps[2]?.image?.imageId).toBe('image-001');
    expect(file.steps[0]).not.toHaveProperty('image');
  });

  it('gives the same bytes whatever the ids, key order or extra fields in storage', () => {
    const steps = richSteps('p', ['a', 'b', 'c', 'd']);
    const renamed = richSteps('q', ['w', 'x', 'y', 'z']).map(
      (s) => reverseKeys({ ...s, recorderDebug: { x: 1 } }) as unknown as Step,
    );
    const renamedInfos = new Map(
      [...infos.values()].map((v, i) => [['w', 'x', 'y', 'z'][i]!, reverseKeys(v)]),
    );
    const one = serialiseHandoff(toHandoffFile(procedure, steps, infos).file);
    const two = serialiseHandoff(
      toHandoffFile(reverseKeys({ ...procedure, id: 'q' }), renamed, renamedInfos).file,
    );
    expect(two).toBe(one);
    expect(one).not.toContain('recorderDebug');
    expect(one.endsWith('}\n')).toBe(true);
  });

  it('keeps the secret mark of a click, a choice and a toggle, which the format documents', () => {
    const target = {
      role: 'button',
      name: 'Bank details',
      tag: 'div',
      selectors: [],
      rect: { x: 0, y: 0, width: 1, height: 1 },
    };
    const at = { procedureId: 'p', position: 1, at: 1, url: 'https://x.example/', pageTitle: 'X' };
    const steps: Step[] = [
      {
        ...at,
        id: '1',
        type: 'click',
        target,
        button: 'left',
        clickCount: 1,
        secret: true,
        secretKind: 'private',
      },
      { ...at, id: '2', type: 'select', target, option: '', value: '', secret: true, secretKind: 'card' },
      {
        ...at,
        id: '3',
        type: 'check',
        target,
        checked: true,
        control: 'radio',
        secret: true,
        secretKind: 'private',
      },
    ];
    const { file } = toHandoffFile(procedure, steps, infos);
    expect(file.steps.map((s) => ('secretKind' in s ? [s.secret, s.secretKind] : []))).toEqual([
      [true, 'private'],
      [true, 'card'],
      [true, 'private'],
    ]);
  });
});
