/**
 * docs/handoff-format.schema.json, generated from the format's schema so that the published
 * description cannot drift from what Handoff writes and reads. `npm run schema` writes it; a unit
 * test fails when the committed file differs.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FileImageSchema, FileProcedureSchema, FileStepSchema, HandoffFileSchema, shapes } from './file';

export function formatJsonSchema(): string {
  const generated = toJsonSchema(HandoffFileSchema, {
    target: 'draft-2020-12',
    // Transforms (a `false` keepValue read as absent) and messages have no JSON Schema form.
    errorMode: 'ignore',
    definitions: {
      procedure: FileProcedureSchema,
      step: FileStepSchema,
      image: FileImageSchema,
      target: shapes.target,
      rect: shapes.rect,
      viewport: shapes.viewport,
      stepImage: shapes.image,
      note: shapes.note,
      problem: shapes.problem,
      secretKind: shapes.secretKind,
      view: shapes.view,
      annotation: shapes.annotation,
    },
  });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  const document = {
    $schema,
    $id: 'urn:handoff:format:1',
    title: 'Handoff procedure (procedure.json), format version 1',
    description:
      'A recorded browser procedure: what to do, step by step, with the data to find each element again. See docs/format.md. Readers ignore properties they do not know. Generated from src/shared/schema/ by `npm run schema`.',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
