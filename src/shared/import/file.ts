/**
 * Validation of a whole Handoff document (`procedure.json`, or the data embedded in an HTML
 * export), with the format's schema (shared/schema/file.ts). Returns a new HandoffFile holding
 * only the fields the schema knows; the first problem found is thrown as an ImportError whose
 * path is relative to the document's root, e.g. `steps[3].type`. What a schema cannot say (ids
 * that must be unique or listed, a secret that must have no value) is checked here after it.
 */
import { FORMAT_NAME, FORMAT_VERSION, type HandoffFile } from '../export/format';
import { HandoffFileSchema } from '../schema/file';
import { compact } from '../schema/leaves';
import { fail, kindOf, quote } from './errors';
import type { DocumentRoot } from './parsed';
import { pathProblem } from './paths';
import { READABLE_VERSIONS, upgraded } from './upgrade';
import { validated } from './validate';

/** Which format and version, first: a newer file is told as such, not as a list of odd fields. */
function checkFormat(o: Record<string, unknown>): void {
  if (o.format === undefined) fail('format', 'required field is missing');
  if (typeof o.format !== 'string') fail('format', `expected a string, got ${kindOf(o.format)}`);
  if (o.format.length > 100)
    fail('format', `is ${o.format.length} characters long, more than the 100 allowed`);
  if (o.format !== FORMAT_NAME) fail('format', `expected ${quote(FORMAT_NAME)}, got ${quote(o.format)}`);
  const version = o.version;
  if (version === undefined) fail('version', 'required field is missing');
  if (typeof version !== 'number') fail('version', `expected a number, got ${kindOf(version)}`);
  if (!Number.isInteger(version)) fail('version', `expected a whole number, got ${version}`);
  if (version < 1) fail('version', `${version} is outside the allowed range 1 to ${Number.MAX_SAFE_INTEGER}`);
  if (!READABLE_VERSIONS.includes(version)) {
    fail(
      'version',
      `this file is format version ${version}, and this Handoff reads versions 1 to ${FORMAT_VERSION}`,
    );
  }
}

function checkImages(file: HandoffFile): void {
  const ids = new Set<string>();
  const paths = new Set<string>();
  file.images.forEach((image, i) => {
    const at = `images[${i}]`;
    if (ids.has(image.id)) fail(`${at}.id`, `duplicate image id ${quote(image.id)}`);
    ids.add(image.id);
    const problem = pathProblem(image.path);
    if (problem) fail(`${at}.path`, `${quote(image.path)} ${problem}`);
    if (image.path === 'procedure.json' || image.path.endsWith('/'))
      fail(`${at}.path`, `${quote(image.path)} is not an image file`);
    if (paths.has(image.path)) fail(`${at}.path`, `duplicate path ${quote(image.path)}`);
    paths.add(image.path);
  });
}

function checkSteps(file: HandoffFile): void {
  const imageIds = new Set(file.images.map((i) => i.id));
  file.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (step.image && !imageIds.has(step.image.imageId))
      fail(`${at}.image.imageId`, `no image with id ${quote(step.image.imageId)} in images`);
    // The recorder never stores a secret, not even its length; a file that carries one is refused.
    if (step.type === 'type' && step.secret && step.value !== undefined)
      fail(`${at}.value`, 'must be absent when secret is true');
    if (step.type === 'select' && step.secret && (step.option || step.value))
      fail(`${at}.option`, 'must be empty when secret is true');
    // A decision's "otherwise" names another step of this file by its index.
    const otherwise = step.decision?.otherwise;
    if (otherwise !== undefined && otherwise >= file.steps.length)
      fail(`${at}.decision.otherwise`, `no step ${otherwise} in steps (there are ${file.steps.length})`);
    if (otherwise === i) fail(`${at}.decision.otherwise`, 'must name another step, not this one');
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
  checkFormat(value as Record<string, unknown>);
  const file = compact(validated(HandoffFileSchema, upgraded(value as Record<string, unknown>)));
  checkImages(file);
  checkSteps(file);
  return file;
}
