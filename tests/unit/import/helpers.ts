/** Building blocks for the import tests: a real exported document to mutate, zips, and the refusal check. */
import { unzipSync, zipSync } from 'fflate';
import { expect } from 'vitest';
import { exportHandoffZip } from '../../../src/shared/export';
import { ImportError, importFile } from '../../../src/shared/import';
import { blobBytes, countRecords, seedProcedure } from '../export/fixtures';

export type Segment = string | number;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ExportedDocument {
  json: { [key: string]: Json };
  /** Zip entries other than procedure.json, by name. */
  images: Record<string, Uint8Array>;
  zip: Uint8Array;
}

/** Seeds the rich procedure and exports it: the valid starting point every mutation departs from. */
export async function exportedDocument(): Promise<ExportedDocument> {
  const procedure = await seedProcedure();
  const zip = await blobBytes((await exportHandoffZip(procedure.id)).blob);
  const { 'procedure.json': json, ...images } = unzipSync(zip);
  return { json: JSON.parse(new TextDecoder().decode(json)), images, zip };
}

export function pathOf(segments: readonly Segment[]): string {
  return segments.reduce<string>(
    (path, s) => (typeof s === 'number' ? `${path}[${s}]` : path ? `${path}.${s}` : s),
    '',
  );
}

/** Every value in the document with its path, parents before children. */
export function walk(value: Json, segments: Segment[] = []): { segments: Segment[]; value: Json }[] {
  const here = segments.length ? [{ segments, value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => walk(v, [...segments, i]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => walk(v, [...segments, k]))];
  }
  return here;
}

/** A deep copy with the value at `segments` replaced, or removed when `replacement` is undefined. */
export function withValue<T extends Json>(
  root: T,
  segments: readonly Segment[],
  replacement: Json | undefined,
): T {
  const copy = structuredClone(root);
  let parent: Json = copy;
  for (const s of segments.slice(0, -1)) parent = (parent as Record<Segment, Json>)[s]!;
  const last = segments[segments.length - 1]!;
  if (replacement === undefined) delete (parent as Record<Segment, Json>)[last];
  else (parent as Record<Segment, Json>)[last] = replacement;
  return copy;
}

/** A Handoff zip from a document (or raw procedure.json text) and image entries. */
export function zipOf(
  json: Json | string,
  images: Record<string, Uint8Array>,
  extra: Record<string, Uint8Array> = {},
): Uint8Array {
  const text = typeof json === 'string' ? json : JSON.stringify(json, null, 2);
  return zipSync({ 'procedure.json': new TextEncoder().encode(text), ...images, ...extra });
}

export function fileOf(bytes: Uint8Array, name = 'procedure.handoff.zip'): Blob & { name: string } {
  return Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name });
}

/** The message format every refusal must have: a path, a colon, then a sentence. */
export const MESSAGE = /^[\w[\].]+: \S.*[^.\s]$/;

/**
 * Imports `file`, expects an ImportError whose message has the path-first format (and starts
 * with `prefix` when given), and checks that no store gained or lost a record.
 */
export async function expectRefused(file: Blob & { name?: string }, prefix?: string): Promise<string> {
  const before = await countRecords();
  const error = await importFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `accepted, expected a refusal${prefix ? ` at ${prefix}` : ''}`).toBeInstanceOf(ImportError);
  const message = (error as ImportError).message;
  expect(message).toMatch(MESSAGE);
  expect(message.includes('\n'), message).toBe(false);
  if (prefix) expect(message.startsWith(prefix), `${message} should start with ${prefix}`).toBe(true);
  expect(await countRecords()).toEqual(before);
  return message;
}
