/**
 * Shared by the export and import tests: real image bytes built here, a procedure that uses every
 * step type and every optional field, stored through the real repositories on fake-indexeddb.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { zlibSync } from 'fflate';
import { vi } from 'vitest';
import { images, procedures, steps as stepsRepo } from '../../../src/shared/db';
import { closeDatabase, db } from '../../../src/shared/db/open';
import { DB_NAME } from '../../../src/shared/db/schema';
import { crc32 } from '../../../src/shared/import/crc32';
import type { Procedure, Step, StoredImage, Target } from '../../../src/shared/model';

/**
 * happy-dom's Blob comes back from fake-indexeddb's structured clone as a plain object without
 * `arrayBuffer`; Node's Blob, like the browser's, survives it. Call at the top of a test file.
 */
export function useNodeBlob(): void {
  vi.stubGlobal('Blob', NodeBlob);
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const be32 = (n: number) => new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat(ascii(type), data);
  return concat(be32(data.length), body, be32(crc32(body)));
}

/** A complete, valid 8-bit RGB PNG whose pixels depend on `seed`, so different seeds give different bytes. */
export function makePng(width: number, height: number, seed = 1): Uint8Array {
  const row = width * 3 + 1;
  const raw = new Uint8Array(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width * 3; x++) raw[y * row + 1 + x] = (x * seed + y * 7 + seed * 13) & 255;
  }
  const ihdr = concat(be32(width), be32(height), new Uint8Array([8, 2, 0, 0, 0]));
  return concat(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlibSync(raw)),
    pngChunk('IEND', new Uint8Array()),
  );
}

/** JPEG markers up to and including a baseline start-of-frame: enough for type and size sniffing. */
export function makeJpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0, 16, ...ascii('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
  const components = [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, ...components, 0xff, 0xd9]);
}

/** A lossless WebP header (RIFF/WEBP/VP8L) with the given size. */
export function makeWebp(width: number, height: number): Uint8Array {
  const bits = ((width - 1) | ((height - 1) << 14)) >>> 0;
  const vp8l = new Uint8Array([
    0x2f,
    bits & 255,
    (bits >>> 8) & 255,
    (bits >>> 16) & 255,
    bits >>> 24,
    0,
    0,
    0,
  ]);
  const chunk = concat(ascii('VP8L'), new Uint8Array([vp8l.length, 0, 0, 0]), vp8l);
  const body = concat(ascii('WEBP'), chunk);
  return concat(ascii('RIFF'), new Uint8Array([body.length, 0, 0, 0]), body);
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

export function target(name: string, role = 'button', tag = 'button'): Target {
  return {
    role,
    name,
    tag,
    selectors: [[`#${role}-1`], ['main', `${tag}[aria-label="${name}"]`]],
    rect: { x: 100, y: 50, width: 80, height: 30 },
  };
}

const viewport = { width: 1280, height: 720, devicePixelRatio: 2 };

/** Nine steps: every type, every optional field, a section, a shared screenshot and a hidden marker. */
export function richSteps(procedureId: string, imageIds: readonly string[]): Step[] {
  const base = (i: number, image?: number, mode: 'own' | 'shared' | 'deferred' = 'own') => ({
    id: `${procedureId}-step-${i}`,
    procedureId,
    position: 1_700_000_000_000 + i * 1000,
    at: 1_700_000_000_000 + i * 1000,
    url: i < 3 ? 'https://invoices.example/new' : 'https://invoices.example/edit?id=7',
    pageTitle: 'Invoices',
    viewport,
    ...(image === undefined
      ? {}
      : { image: { imageId: imageIds[image]!, mode, capturedAt: 1_700_000_000_500 } }),
  });
  return [
    { ...base(1, 0), type: 'navigate', kind: 'load', section: 'Open the invoice' },
    {
      ...base(2, 1),
      type: 'click',
      // The form around the button, for the focused view.
      target: { ...target('Save invoice'), context: { x: 40, y: 20, width: 400, height: 200 } },
      button: 'left',
      clickCount: 1,
      note: { kind: 'tip', text: 'The button is at the bottom.' },
    },
    {
      ...base(3, 2, 'deferred'),
      type: 'type',
      target: target('Customer', 'textbox', 'input'),
      value: 'ACME Ltd',
      secret: false,
      input: { label: 'Customer name' },
      // The person kept the example: without this, exports leave a hidden value out.
      keepValue: true,
    },
    {
      ...base(4),
      type: 'type',
      target: target('Password', 'textbox', 'input'),
      secret: true,
      secretKind: 'password',
      problem: { code: 'no-screenshot', message: 'The screenshot quota was used up.' },
    },
    {
      ...base(5, 3),
      type: 'select',
      target: target('Currency', 'combobox', 'select'),
      option: 'Euro',
      value: 'EUR',
      section: 'Fill in the details',
      view: 'full',
    },
    {
      ...base(6),
      type: 'check',
      target: target('Paid', 'radio', 'input'),
      checked: true,
      control: 'radio',
    },
    {
      ...base(7),
      type: 'key',
      keys: ['Control', 's'],
      target: target('Editor', 'textbox', 'textarea'),
      note: { kind: 'warning', text: 'This sends the invoice at once.' },
    },
    {
      ...base(8),
      type: 'manual',
      text: 'Wait for the confirmation e-mail.',
      customText: 'Wait for the e-mail',
    },
    {
      ...base(9, 1, 'shared'),
      type: 'click',
      target: target('Close'),
      button: 'right',
      clickCount: 1,
      marker: { hidden: false, rect: { x: 10, y: 10, width: 20, height: 20 } },
    },
  ] satisfies Step[];
}

/** Stores a procedure with `richSteps` and four screenshots (PNG, PNG, JPEG, WebP) through the repositories. */
export async function seedProcedure(title = 'Send an invoice'): Promise<Procedure> {
  const procedure = await procedures.create(
    { title, startUrl: 'https://invoices.example/' },
    1_700_000_000_000,
  );
  await procedures.update(procedure.id, {
    intro: {
      purpose: 'Bill a customer.',
      prerequisites: 'An account with billing rights.',
      result: 'The invoice is sent.',
    },
  });
  const bytes = [makePng(64, 36, 1), makePng(64, 36, 2), makeJpeg(64, 36), makeWebp(64, 36)];
  const types = ['image/png', 'image/png', 'image/jpeg', 'image/webp'];
  const stored: StoredImage[] = bytes.map((b, i) => ({
    id: `${procedure.id}-img-${i}`,
    procedureId: procedure.id,
    blob: new Blob([b as Uint8Array<ArrayBuffer>], { type: types[i] }),
    width: 64,
    height: 36,
  }));
  const given = new Set<string>();
  for (const step of richSteps(
    procedure.id,
    stored.map((s) => s.id),
  )) {
    const image = step.image && stored.find((s) => s.id === step.image?.imageId);
    // A shared screenshot is stored once, with the first step that shows it.
    const fresh = image && !given.has(image.id) ? image : undefined;
    if (fresh) given.add(fresh.id);
    await stepsRepo.append(step, fresh, 1_700_000_100_000);
  }
  return (await procedures.get(procedure.id))!;
}

export async function resetDatabase(): Promise<void> {
  await closeDatabase();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

export async function countRecords(): Promise<{ procedures: number; steps: number; images: number }> {
  const database = await db();
  return {
    procedures: await database.count('procedures'),
    steps: await database.count('steps'),
    images: await database.count('images'),
  };
}

export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

export async function storedImageBytes(id: string): Promise<Uint8Array | undefined> {
  const image = await images.get(id);
  return image && blobBytes(image.blob);
}
