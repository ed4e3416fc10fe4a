/**
 * A valid Handoff document built synchronously (no database), so tests can be generated from its
 * fields at collection time: one test per field and per kind of damage.
 */
import { type HandoffFile, toHandoffFile } from '../../../src/shared/export/format';
import { type ImageInfo, imageInfo } from '../../../src/shared/export/image-info';
import type { Procedure } from '../../../src/shared/model';
import { makeJpeg, makePng, makeWebp, richSteps } from '../export/fixtures';
import type { Json } from './helpers';

const procedure: Procedure = {
  id: 'p',
  title: 'Send an invoice',
  intro: { purpose: 'Bill a customer.', prerequisites: 'An account.', result: 'Sent.' },
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  stepCount: 9,
  searchText: '',
  startUrl: 'https://invoices.example/',
  troubleshooting: [],
  access: [],
  view: 'full',
};

export const IMAGE_BYTES = [makePng(64, 36, 1), makePng(64, 36, 2), makeJpeg(64, 36), makeWebp(64, 36)];

export function validDocument(): { json: { [key: string]: Json }; images: Record<string, Uint8Array> } {
  const ids = ['a', 'b', 'c', 'd'];
  const infos = new Map<string, ImageInfo>(ids.map((id, i) => [id, imageInfo(IMAGE_BYTES[i]!)!]));
  const { file } = toHandoffFile(procedure, richSteps('p', ids), infos);
  const images = Object.fromEntries(file.images.map((image, i) => [image.path, IMAGE_BYTES[i]!]));
  return { json: structuredClone(file) as unknown as { [key: string]: Json }, images };
}

export type { HandoffFile };
