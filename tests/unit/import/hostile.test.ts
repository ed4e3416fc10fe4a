/**
 * Generated hostile imports. Every field of a valid document is damaged in every way that applies
 * (wrong type, null, missing, unknown enum value, out of range, too long), plus damaged archives,
 * foreign files and damaged HTML. Each must be refused with an ImportError whose message starts
 * with where the problem is, and must leave all three stores exactly as they were. Markup in text
 * fields is not damage: it must be imported as text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportHandoffZip, exportHtml } from '../../../src/shared/export';
import { importFile } from '../../../src/shared/import';
import { blobBytes, HOSTILE, makePng, resetDatabase, useNodeBlob } from '../export/fixtures';
import { validDocument } from './documents';
import { expectRefused, fileOf, type Json, pathOf, type Segment, walk, withValue, zipOf } from './helpers';

useNodeBlob();
beforeAll(resetDatabase);

const { json: valid, images } = validDocument();
const fields = walk(valid).map(({ segments, value }) => ({ segments, value, path: pathOf(segments) }));
const named = fields.filter((f) => typeof f.segments[f.segments.length - 1] === 'string');

const ENUM =
  /^steps\[\d+\]\.(type|kind|button|secretKind|control|note\.kind|image\.mode|problem\.code|view)$|^images\[\d+\]\.type$|^procedure\.view$/;
const OPTIONAL =
  /^steps\[\d+\]\.(customText|note|section|image|viewport|marker|problem|marker\.rect|view|target\.context)$|^procedure\.view$/;
const INTEGER = /^(version|procedure\.createdAt|steps\[\d+\]\.clickCount|images\[\d+\]\.(width|height))$/;
/** Strings that name or point at something rather than say something. */
const REFERENCE = /^(format|images\[\d+\]\.(id|path)|steps\[\d+\]\.image\.imageId)$/;

/** Fields only some step types may omit. */
const OPTIONAL_FOR: Record<string, string> = {
  value: 'type',
  secretKind: 'type',
  input: 'type',
  keepValue: 'type',
  target: 'key',
};

function isOptional(segments: Segment[], path: string): boolean {
  if (OPTIONAL.test(path)) return true;
  const step = segments[0] === 'steps' ? (valid.steps as Json[])[segments[1] as number] : undefined;
  const key = segments.length === 3 ? String(segments[2]) : '';
  return OPTIONAL_FOR[key] !== undefined && (step as { type?: string })?.type === OPTIONAL_FOR[key];
}

function wrongType(value: Json): Json {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return { 0: value[0] ?? null };
  return [value];
}

const zipWith = (json: Json) => fileOf(zipOf(json, images));

describe('every field with a value of the wrong type', () => {
  for (const { segments, value, path } of fields) {
    it(`${path} = ${JSON.stringify(wrongType(value)).slice(0, 30)}`, async () => {
      await expectRefused(zipWith(withValue(valid, segments, wrongType(value))), `${path}: expected `);
    });
  }
});

describe('every field set to null', () => {
  for (const { segments, path } of fields) {
    it(path, async () => {
      await expectRefused(zipWith(withValue(valid, segments, null)), `${path}: expected `);
    });
  }
});

describe('every required field missing', () => {
  for (const { segments, path } of named.filter((f) => !isOptional(f.segments, f.path))) {
    it(path, async () => {
      await expectRefused(
        zipWith(withValue(valid, segments, undefined)),
        `${path}: required field is missing`,
      );
    });
  }
  it('while optional fields may be absent', async () => {
    let doc = valid;
    for (const { segments, path } of [...named].reverse()) {
      if (isOptional(segments, path)) doc = withValue(doc, segments, undefined);
    }
    await expect(importFile(zipWith(doc))).resolves.toHaveProperty('procedureId');
  });
});

describe('every enumerated field with an unknown value', () => {
  for (const { segments, path } of fields.filter((f) => ENUM.test(f.path))) {
    it(path, async () => {
      await expectRefused(zipWith(withValue(valid, segments, 'hover')), `${path}: unknown `);
    });
  }
  it('names the step type exactly', async () => {
    const message = await expectRefused(zipWith(withValue(valid, ['steps', 3, 'type'], 'hover')));
    expect(message).toBe('steps[3].type: unknown step type "hover"');
  });
});

describe('every number out of range, every whole number with a fraction', () => {
  for (const { segments, path } of fields.filter((f) => typeof f.value === 'number')) {
    it(`${path} = -1e20`, async () => {
      await expectRefused(
        zipWith(withValue(valid, segments, -1e20)),
        `${path}: -100000000000000000000 is outside`,
      );
    });
  }
  for (const { segments, path } of fields.filter((f) => INTEGER.test(f.path))) {
    it(`${path} = 1.5`, async () => {
      await expectRefused(zipWith(withValue(valid, segments, 1.5)), `${path}: expected a whole number`);
    });
  }
});

describe('every string far too long', () => {
  const huge = 'x'.repeat(200_001);
  for (const { segments, path } of fields.filter((f) => typeof f.value === 'string' && !ENUM.test(f.path))) {
    it(path, async () => {
      await expectRefused(zipWith(withValue(valid, segments, huge)), `${path}: is 200001 characters long`);
    });
  }
});

describe('markup in every text field', () => {
  const text = fields.filter(
    (f) => typeof f.value === 'string' && !ENUM.test(f.path) && !REFERENCE.test(f.path),
  );
  it(`imports all ${text.length} text fields as text, and exports them escaped`, async () => {
    let doc = valid;
    for (const { segments } of text) doc = withValue(doc, segments, HOSTILE);
    const { procedureId } = await importFile(zipWith(doc));
    const again = await blobBytes((await exportHandoffZip(procedureId)).blob);
    const { unzipSync } = await import('fflate');
    const json = JSON.parse(new TextDecoder().decode(unzipSync(again)['procedure.json'])) as Json;
    for (const { segments, path } of text) {
      const stored = segments.reduce<Json>((v, s) => (v as Record<Segment, Json>)[s]!, json);
      expect(stored, path).toBe(HOSTILE);
    }
    const html = new TextDecoder().decode(await blobBytes((await exportHtml(procedureId)).blob));
    const dom = new DOMParser().parseFromString(html, 'text/html');
    for (const img of dom.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^data:image\//);
    expect(dom.querySelector('h1')?.textContent).toBe(HOSTILE);
  });
});

describe('documents that are valid JSON but wrong as a whole', () => {
  const cases: [string, Json | string, string][] = [
    ['not JSON', '{"format": "handoff",', 'procedure.json: is not valid JSON'],
    ['a JSON array', '[]', 'procedure.json: expected a JSON object, got an array'],
    ['a JSON string', '"handoff"', 'procedure.json: expected a JSON object, got a string'],
    ['JSON null', 'null', 'procedure.json: expected a JSON object, got null'],
    [
      'another format',
      withValue(valid, ['format'], 'puppeteer'),
      'format: expected "handoff", got "puppeteer"',
    ],
    [
      'a newer version',
      withValue(valid, ['version'], 3),
      'version: this file is format version 3, and this Handoff reads versions 1 to 2',
    ],
    [
      'a decision leading past the last step',
      withValue(valid, ['steps', 1, 'decision'], { condition: 'paid', otherwise: 9 }),
      'steps[1].decision.otherwise: no step 9 in steps (there are 9)',
    ],
    [
      'a decision leading to its own step',
      withValue(valid, ['steps', 1, 'decision'], { condition: 'paid', otherwise: 1 }),
      'steps[1].decision.otherwise: must name another step, not this one',
    ],
    [
      'a version-2 file without its access list',
      withValue(valid, ['procedure', 'access'], undefined),
      'procedure.access: required field is missing',
    ],
    [
      'a secret with its value',
      withValue(valid, ['steps', 3, 'value'], 'hunter2'),
      'steps[3].value: must be absent when secret is true',
    ],
    [
      'a step showing an unlisted image',
      withValue(valid, ['steps', 0, 'image', 'imageId'], 'nope'),
      'steps[0].image.imageId: no image with id "nope" in images',
    ],
    [
      'a duplicate image id',
      withValue(valid, ['images', 1, 'id'], 'image-001'),
      'images[1].id: duplicate image id "image-001"',
    ],
    [
      'a duplicate image path',
      withValue(valid, ['images', 1, 'path'], 'images/image-001.png'),
      'images[1].path: duplicate path "images/image-001.png"',
    ],
    [
      'an image path outside the archive',
      withValue(valid, ['images', 0, 'path'], '../image-001.png'),
      'images[0].path: "../image-001.png" points outside the archive',
    ],
    [
      'an image path that is the manifest',
      withValue(valid, ['images', 0, 'path'], 'procedure.json'),
      'images[0].path: "procedure.json" is not an image file',
    ],
    [
      'an empty key list',
      withValue(valid, ['steps', 6, 'keys'], []),
      'steps[6].keys: must have at least 1 item',
    ],
    [
      'an empty selector',
      withValue(valid, ['steps', 1, 'target', 'selectors', 0, 0], ''),
      'steps[1].target.selectors[0][0]: must not be empty',
    ],
    [
      'a double click a hundred and one times',
      withValue(valid, ['steps', 1, 'clickCount'], 101),
      'steps[1].clickCount: 101 is outside',
    ],
    [
      'a zero-width viewport',
      withValue(valid, ['steps', 0, 'viewport', 'width'], 0),
      'steps[0].viewport.width: 0 is outside',
    ],
    [
      'an image wider than a browser can draw',
      withValue(valid, ['images', 0, 'width'], 16_385),
      'images[0].width: 16385 is outside',
    ],
    [
      'too many steps',
      withValue(valid, ['steps'], Array(10_001).fill((valid.steps as Json[])[7]!)),
      'steps: has 10001 items, more than the 10000 allowed',
    ],
  ];
  for (const [what, json, prefix] of cases) {
    it(what, async () => {
      await expectRefused(fileOf(zipOf(json, images)), prefix);
    });
  }
  it('refuses procedure.json that is not UTF-8', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'procedure.json': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), ...images });
    await expectRefused(fileOf(zip), 'procedure.json: is not UTF-8 text');
  });
});

describe('images that do not match their entries', () => {
  const first = 'images/image-001.png';
  const cases: [string, Record<string, Uint8Array>, string][] = [
    [
      'a listed image missing from the archive',
      { [first]: undefined as unknown as Uint8Array },
      'images[0].path: the archive has no entry "images/image-001.png"',
    ],
    [
      'text instead of pixels',
      { [first]: new TextEncoder().encode('not an image') },
      'images[0]: is not a PNG, JPEG or WebP image',
    ],
    [
      'an SVG',
      {
        [first]: new TextEncoder().encode(
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
      },
      'images[0]: is not a PNG, JPEG or WebP image',
    ],
    [
      'a JPEG declared as PNG',
      { [first]: images['images/image-003.jpg']! },
      'images[0].type: says image/png, but the image is a JPEG',
    ],
    [
      'a PNG of another width',
      { [first]: makePng(65, 36) },
      'images[0].width: says 64, but the image is 65 pixels wide',
    ],
    [
      'a PNG of another height',
      { [first]: makePng(64, 35) },
      'images[0].height: says 36, but the image is 35 pixels high',
    ],
    [
      'a truncated PNG',
      { [first]: images[first]!.subarray(0, 20) },
      'images[0]: is not a PNG, JPEG or WebP image',
    ],
  ];
  for (const [what, replace, prefix] of cases) {
    it(what, async () => {
      const entries = { ...images, ...replace };
      for (const [k, v] of Object.entries(entries)) if (v === undefined) delete entries[k];
      await expectRefused(fileOf(zipOf(valid, entries)), prefix);
    });
  }
});

describe('damaged and foreign archives', () => {
  const good = zipOf(valid, images);
  for (const name of [
    '../evil.png',
    'images/../../evil.png',
    '/abs.png',
    'C:/evil.png',
    'images\\evil.png',
    './x',
  ]) {
    it(`an entry named ${JSON.stringify(name)}`, async () => {
      await expectRefused(
        fileOf(zipOf(valid, images, { [name]: new Uint8Array([1]) })),
        `archive: entry ${JSON.stringify(name)}`,
      );
    });
  }
  for (let cut = 4; cut < good.length; cut += Math.ceil(good.length / 30)) {
    it(`the archive cut at byte ${cut} of ${good.length}`, async () => {
      await expectRefused(fileOf(good.subarray(0, cut)), 'archive: ');
    });
  }
  it('the archive without its last byte', async () => {
    await expectRefused(fileOf(good.subarray(0, good.length - 1)), 'archive: ');
  });
  it('an archive without procedure.json', async () => {
    const { zipSync } = await import('fflate');
    await expectRefused(
      fileOf(zipSync(images)),
      'archive: has no procedure.json, so it is not a Handoff archive',
    );
  });
  it('procedure.json declaring 4 GB', async () => {
    const copy = good.slice();
    const view = new DataView(copy.buffer);
    const central = view.getUint32(copy.length - 22 + 16, true); // procedure.json is the first record
    view.setUint32(central + 24, 0xfffffff0, true);
    await expectRefused(fileOf(copy), 'archive: entry "procedure.json" declares 4096 MB, too large');
  });
  it('a file larger than 200 MB, refused before it is read', async () => {
    const huge = {
      size: 300 * 1024 * 1024,
      name: 'x.zip',
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    await expectRefused(huge as unknown as Blob & { name: string }, 'file: is 300 MB, more than the 200 MB');
  });
  const foreign: [string, Uint8Array][] = [
    ['an empty file', new Uint8Array()],
    ['random bytes', new Uint8Array(512).map((_, i) => (i * 151 + 7) & 255)],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n')],
    ['a GIF', new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000')],
    ['a PNG', makePng(4, 4)],
    ['bare procedure.json', new TextEncoder().encode(JSON.stringify(valid))],
    ['plain text', new TextEncoder().encode('Click "Save"')],
  ];
  for (const [what, bytes] of foreign) {
    it(what, async () => {
      await expectRefused(fileOf(bytes, 'upload.zip'), 'file: ');
    });
  }
});

describe('damaged HTML', () => {
  let html = '';
  beforeAll(async () => {
    const { procedureId } = await importFile(zipWith(valid));
    html = new TextDecoder().decode(await blobBytes((await exportHtml(procedureId)).blob));
  });
  const template = /<template id="handoff-data">[\s\S]*<\/template>/;
  const cases: [string, (h: string) => string, string][] = [
    [
      'an ordinary web page',
      () => '<!doctype html><title>Hi</title><p>Hello',
      'file: this HTML page was not exported by Handoff',
    ],
    [
      'the data in a div instead of a template',
      (h) =>
        h.replace('<template id="handoff-data">', '<div id="handoff-data">').replace('</template>', '</div>'),
      'file: this HTML page was not exported by Handoff',
    ],
    [
      'broken JSON',
      (h) => h.replace(template, '<template id="handoff-data">{"format":</template>'),
      'file: the procedure data in this page is not valid JSON',
    ],
    [
      'a JSON array',
      (h) => h.replace(template, '<template id="handoff-data">[1]</template>'),
      'file: the procedure data in this page is an array, not a JSON object',
    ],
    [
      'an unknown step type',
      (h) => h.replace('"type": "manual"', '"type": "hover"'),
      'steps[7].type: unknown step type "hover"',
    ],
    [
      'a picture removed',
      (h) => h.replace(/data-image-id="image-001"/g, ''),
      'images[0]: the page has no image with data-image-id "image-001"',
    ],
    [
      'a picture from the web',
      (h) => h.replace(/src="data:image\/png;base64,[^"]*"/, 'src="https://evil.example/x.png"'),
      'images[0]: its picture in the page is not a base64 data: URI',
    ],
    [
      'an SVG picture',
      (h) => h.replace(/src="data:image\/png;base64,/, 'src="data:image/svg+xml;base64,'),
      'images[0]: its picture in the page is not a base64 data: URI',
    ],
    [
      'broken base64',
      (h) => h.replace(/src="data:image\/png;base64,/, 'src="data:image/png;base64,!!'),
      'images[0]: its picture in the page is not a base64 data: URI',
    ],
    [
      'a picture of another image',
      (h) =>
        h.replace(
          /src="data:image\/png;base64,[^"]*"/,
          `src="data:image/png;base64,${Buffer.from(makePng(8, 8)).toString('base64')}"`,
        ),
      'images[0].width: says 64, but the image is 8 pixels wide',
    ],
  ];
  for (const [what, damage, prefix] of cases) {
    it(what, async () => {
      const damaged = damage(html);
      expect(damaged, 'the damage must change the page').not.toBe(html);
      await expectRefused(fileOf(new TextEncoder().encode(damaged), 'procedure.html'), prefix);
    });
  }
});
