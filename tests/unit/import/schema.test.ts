/**
 * docs/handoff-format.schema.json is generated from the format's schema (npm run schema): the
 * committed file must be what the generator writes today, it must describe every field an export
 * contains, and every enum value it lists must be accepted by the importer.
 */
import { describe, expect, it } from 'vitest';
import schemaJson from '../../../docs/handoff-format.schema.json';
import { handoffFile } from '../../../src/shared/import/file';
import { ZIP_ROOT } from '../../../src/shared/import/parsed';
import { STEP_TYPES } from '../../../src/shared/model';
import { formatJsonSchema } from '../../../src/shared/schema/json-schema';
import { source } from '../conventions/source';
import { validDocument } from './documents';
import { type Json, pathOf, walk, withValue } from './helpers';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: string[];
  const?: unknown;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
}
const schema = schemaJson as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
const defs = schema.$defs;
const { json: valid } = validDocument();
const steps = valid.steps as { [key: string]: Json }[];

const resolve = (node: SchemaNode): SchemaNode =>
  node.$ref ? resolve(defs[node.$ref.split('/').pop()!]!) : node;

/** The step schema for one step type: the `oneOf` member whose `type` is that constant. */
const stepSchema = (type: string) => defs.step!.oneOf!.find((o) => o.properties?.type?.const === type);

describe('the JSON Schema', () => {
  it('is the one generated from the format schema today', () => {
    const committed = source('docs/handoff-format.schema.json');
    expect(committed, 'run `npm run schema` and commit the result').toBe(formatJsonSchema());
  });

  it('has one step schema per step type', () => {
    expect(defs.step!.oneOf!.map((o) => o.properties?.type?.const).sort()).toEqual([...STEP_TYPES].sort());
  });

  it('declares every field of every exported step, and requires only fields that are there', () => {
    for (const step of steps) {
      const own = stepSchema(step.type as string)!;
      for (const key of Object.keys(step)) expect(own.properties, `${step.type}.${key}`).toHaveProperty(key);
      for (const key of own.required!) expect(step, `${step.type}`).toHaveProperty(key);
    }
  });

  it('declares every top-level, procedure and image field', () => {
    const checks: [Json, SchemaNode][] = [
      [valid, schema],
      [valid.procedure!, defs.procedure!],
      [(valid.images as Json[])[0]!, defs.image!],
    ];
    for (const [value, node] of checks) {
      expect(Object.keys(value as object).sort()).toEqual(Object.keys(node.properties!).sort());
      // Every field is required except the procedure's optional view (format.md).
      const optional = node === defs.procedure ? ['view'] : [];
      expect([...node.required!].sort()).toEqual(
        Object.keys(node.properties!)
          .filter((k) => !optional.includes(k))
          .sort(),
      );
    }
  });

  it('lists only enum values the importer accepts', () => {
    let checked = 0;
    for (const { segments } of walk(valid)) {
      const path = pathOf(segments);
      const node = schemaAt(segments);
      if (!node?.enum) continue;
      for (const value of node.enum) {
        expect(
          () => handoffFile(withValue(valid, segments, value), ZIP_ROOT),
          `${path} = ${value}`,
        ).not.toThrow();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

/** The schema node describing the value at `segments` of the valid document. */
function schemaAt(segments: (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const [i, s] of segments.entries()) {
    if (!node) return undefined;
    node = resolve(node);
    if (typeof s === 'number') {
      node = node.items ? resolve(node.items) : undefined;
      if (node?.oneOf && segments[0] === 'steps' && i === 1) node = stepSchema(steps[s]?.type as string);
      continue;
    }
    node = node.properties?.[s];
  }
  return node && resolve(node);
}
