/**
 * The open Handoff format (docs/format.md) and the stored records, as schemas. Types in model.ts
 * and export/format.ts are inferred from these; the import validates with them.
 */
import * as v from 'valibot';
import { IMAGE_TYPES } from '../export/image-info';
import { LIMITS } from '../import/limits';
import { NAVIGATION_KINDS } from './enums';
import { flag, strict as L, object, variant } from './leaves';
import { stepSchemas } from './step';

export const FORMAT_NAME = 'handoff';
/** 2 added decisions on steps and the procedure's troubleshooting and access lists (docs/format.md). */
export const FORMAT_VERSION = 2;
/** Most entries in the procedure's troubleshooting and access lists. */
export const MAX_PROCEDURE_LIST = 1_000;

export const shapes = stepSchemas(L, LIMITS);
const { own, typeEdits, common, target } = shapes;

/** One step as a file holds it: no storage ids, its place is its index in `steps`. */
export const FileStepSchema = variant(
  [
    object({ type: v.literal('click'), ...own.click, target, ...common }),
    object({ type: v.literal('type'), ...own.type, ...typeEdits, target, ...common }),
    object({ type: v.literal('select'), ...own.select, target, ...common }),
    object({ type: v.literal('check'), ...own.check, target, ...common }),
    object({ type: v.literal('key'), ...own.key, target: v.optional(target), ...common }),
    object({
      type: v.literal('navigate'),
      /** How the page changed: a full load, a History API route change, or a switch to another tab. */
      kind: L.choice(NAVIGATION_KINDS, 'navigation kind'),
      target: v.optional(target),
      ...common,
    }),
    /** A step written by hand in the editor. */
    object({
      type: v.literal('manual'),
      text: L.text(LIMITS.text),
      /** Added by the screenshot shortcut: with no text, the sentence is "Look at" the page's title. */
      look: v.optional(flag()),
      target: v.optional(target),
      ...common,
    }),
  ],
  'step type',
);

export const IntroSchema = object({
  purpose: L.text(LIMITS.text),
  prerequisites: L.text(LIMITS.text),
  result: L.text(LIMITS.text),
});

/** "When something goes wrong": a problem the assistant may meet, and what to do then. */
export const TroubleSchema = object({ problem: L.text(LIMITS.text), whatToDo: L.text(LIMITS.text) });

/**
 * "Access needed": an account or permission the assistant must have. `sentSeparately` only marks
 * that the secret (a password) reaches them another way: the format has no place for the secret.
 */
export const AccessSchema = object({ what: L.text(LIMITS.label), sentSeparately: L.boolean(false) });

const fileProcedure = {
  title: L.text(LIMITS.title),
  intro: IntroSchema,
  createdAt: L.integer(0, LIMITS.time),
  startUrl: L.text(LIMITS.url),
  /** How screenshots are shown unless a step says otherwise; absent means focused. */
  view: v.optional(shapes.view),
  /** Empty when none was written; always present from version 2 on. */
  troubleshooting: L.list(TroubleSchema, MAX_PROCEDURE_LIST),
  access: L.list(AccessSchema, MAX_PROCEDURE_LIST),
};

export const FileProcedureSchema = object(fileProcedure);

export const FileImageSchema = object({
  id: L.text(LIMITS.id, 1),
  /** Entry name inside the zip; in the HTML export the `<img data-image-id>` with this id holds the bytes. */
  path: L.text(LIMITS.path, 1),
  width: L.integer(1, LIMITS.imageSide),
  height: L.integer(1, LIMITS.imageSide),
  type: L.choice(IMAGE_TYPES, 'image type'),
});

export const HandoffFileSchema = object({
  format: v.literal(FORMAT_NAME),
  version: v.literal(FORMAT_VERSION),
  procedure: FileProcedureSchema,
  steps: L.list(FileStepSchema, LIMITS.steps),
  images: L.list(FileImageSchema, LIMITS.images),
});

/** A procedure as stored: the file's fields plus what storage and the library keep. */
export const ProcedureSchema = object({
  id: L.text(LIMITS.id, 1),
  ...fileProcedure,
  updatedAt: L.integer(0, LIMITS.time),
  /** Denormalised so that lists need not open the steps store. */
  stepCount: L.integer(0, LIMITS.steps),
  /** Lower-cased text of the title and every sentence, for the library's search. */
  searchText: v.string(),
  /** Set while the procedure is in the bin: deletions can be undone. */
  deletedAt: v.optional(L.integer(0, LIMITS.time)),
});
