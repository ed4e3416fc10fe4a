/**
 * Older versions of the Handoff format, read as the current one. Version 1 had no decisions on
 * steps and no troubleshooting or access lists: a version-1 document becomes the version-2 shape
 * with empty lists. Unknown fields are ignored in every version, so a `decision` in a version-1
 * file (which that version did not define) is ignored too rather than read with version 2's meaning.
 */
import { FORMAT_VERSION } from '../schema/file';

/** The versions this Handoff reads: the current one and every older one upgraded here. */
export const READABLE_VERSIONS: readonly number[] = [1, FORMAT_VERSION];

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fromVersion1(document: Json): Json {
  const { procedure, steps } = document;
  return {
    ...document,
    version: FORMAT_VERSION,
    // Anything that is not an object is left as it is, for the validation to name.
    procedure: isObject(procedure) ? { ...procedure, troubleshooting: [], access: [] } : procedure,
    steps: Array.isArray(steps)
      ? steps.map((step) => {
          if (!isObject(step)) return step;
          const { decision: _unknownInVersion1, ...rest } = step;
          return rest;
        })
      : steps,
  };
}

/** `document` has a `version` in READABLE_VERSIONS (checked before); returns the current shape. */
export function upgraded(document: Json): Json {
  return document.version === 1 ? fromVersion1(document) : document;
}
