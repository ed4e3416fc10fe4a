/**
 * Validation of a whole Handoff document (`procedure.json`, or the data embedded in an HTML
 * export). Returns a new HandoffFile built only from the fields read; the first problem found is
 * thrown as an ImportError whose path is relative to the document's root, e.g. `steps[3].type`.
 */
import {
  type FileImage,
  type FileProcedure,
  FORMAT_NAME,
  FORMAT_VERSION,
  type HandoffFile,
} from '../export/format';
import { IMAGE_TYPES } from '../export/image-info';
import { child, field, integer, list, object, oneOf, optional, string } from './check';
import { fail, kindOf, quote } from './errors';
import { LIMITS } from './limits';
import type { DocumentRoot } from './parsed';
import { pathProblem } from './paths';
import { screenshotView, step } from './step';

const text =
  (max: number, min = 0) =>
  (v: unknown, p: string) =>
    string(v, p, max, min);
const side = (v: unknown, p: string) => integer(v, p, 1, LIMITS.imageSide);

function procedure(value: unknown, path: string): FileProcedure {
  const o = object(value, path);
  const title = field(o, path, 'title', text(LIMITS.title));
  const introPath = child(path, 'intro');
  const intro = object(
    field(o, path, 'intro', (v) => v),
    introPath,
  );
  return {
    title,
    intro: {
      purpose: field(intro, introPath, 'purpose', text(LIMITS.text)),
      prerequisites: field(intro, introPath, 'prerequisites', text(LIMITS.text)),
      result: field(intro, introPath, 'result', text(LIMITS.text)),
    },
    createdAt: field(o, path, 'createdAt', (v, p) => integer(v, p, 0, LIMITS.time)),
    startUrl: field(o, path, 'startUrl', text(LIMITS.url)),
    ...optionalView(o, path),
  };
}

/** The procedure's view only when the file has one, so a file without it reads back without it. */
function optionalView(o: Record<string, unknown>, path: string): Pick<FileProcedure, 'view'> {
  const view = optional(o, path, 'view', screenshotView);
  return view ? { view } : {};
}

function images(value: unknown, path: string): FileImage[] {
  const ids = new Set<string>();
  const paths = new Set<string>();
  return list(value, path, { max: LIMITS.images }, (item, p) => {
    const o = object(item, p);
    const id = field(o, p, 'id', text(LIMITS.id, 1));
    if (ids.has(id)) fail(child(p, 'id'), `duplicate image id ${quote(id)}`);
    ids.add(id);
    const entry = field(o, p, 'path', text(LIMITS.path, 1));
    const problem = pathProblem(entry);
    if (problem) fail(child(p, 'path'), `${quote(entry)} ${problem}`);
    if (entry === 'procedure.json' || entry.endsWith('/'))
      fail(child(p, 'path'), `${quote(entry)} is not an image file`);
    if (paths.has(entry)) fail(child(p, 'path'), `duplicate path ${quote(entry)}`);
    paths.add(entry);
    return {
      id,
      path: entry,
      width: field(o, p, 'width', side),
      height: field(o, p, 'height', side),
      type: field(o, p, 'type', (v, tp) => oneOf(v, tp, IMAGE_TYPES, 'image type')),
    };
  });
}

/** `root` names the document for problems with the document as a whole. */
export function handoffFile(value: unknown, root: DocumentRoot): HandoffFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const detail = root.subject
      ? `${root.subject}is ${kindOf(value)}, not a JSON object`
      : `expected a JSON object, got ${kindOf(value)}`;
    fail(root.path, detail);
  }
  const o = value as Record<string, unknown>;
  const format = field(o, '', 'format', text(100));
  if (format !== FORMAT_NAME) fail('format', `expected ${quote(FORMAT_NAME)}, got ${quote(format)}`);
  const version = field(o, '', 'version', (v, p) => integer(v, p, 1, Number.MAX_SAFE_INTEGER));
  if (version !== FORMAT_VERSION) {
    fail(
      'version',
      `this file is format version ${version}, and this Handoff reads version ${FORMAT_VERSION}`,
    );
  }
  const fileImages = field(o, '', 'images', images);
  const imageIds = new Set(fileImages.map((i) => i.id));
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    procedure: field(o, '', 'procedure', procedure),
    steps: field(o, '', 'steps', (v, p) =>
      list(v, p, { max: LIMITS.steps }, (s, sp) => step(s, sp, imageIds)),
    ),
    images: fileImages,
  };
}
