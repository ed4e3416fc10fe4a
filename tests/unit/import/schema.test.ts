/**
 * docs/handoff-format.schema.json must describe what Handoff writes and reads: every field an
 * export contains is declared for its step type, every required field is present, and every enum
 * value the schema lists is accepted by the importer's validator.
 */
import { describe, expect, it } from 'vitest';
import schemaJson from '../../../docs/handoff-format.schema.json';
import { handoffFile } from '../../../src/shared/import/file';
import { ZIP_ROOT } from '../../../src/shared/import/parsed';
import { validDocument } from './documents';
import { type Json, pathOf, walk, withValue } from './helpers';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  enum?: string[];
  const?: unknown;
  items?: SchemaNode;
}
const schema = schemaJson as SchemaNode & { $defs: Record<string, SchemaNode> };
const defs = schema.$defs as Record<string, SchemaNode>;
const { json: valid } = validDocument();
const steps = valid.steps as { [key: string]: Json }[];

const resolve = (node: SchemaNode): SchemaNode =>
  node.$ref ? resolve(defs[node.$ref.split('/').pop()!]!) : node;

describe('the JSON Schema', () => {
  it('declares every field of every exported step, and requires only fields that are there', () => {
    const base = defs.stepBase!;
    for (const step of steps) {
      const own = defs[step.type as string]!;
      const declared = new Set([...Object.keys(base.properties!), ...Object.keys(own.properties!)]);
      for (const key of Object.keys(step)) expect(declared.has(key), `${step.type}.${key}`).toBe(true);
      for (const key of [...base.required!, ...own.required!])
        expect(step, `${step.type}`).toHaveProperty(key);
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
        if (path.endsWith('.type') && segments[0] === 'steps') continue; // changing a step's type changes its shape
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
  let stepType: string | undefined;
  for (const [i, s] of segments.entries()) {
    if (!node) return undefined;
    node = resolve(node);
    if (typeof s === 'number') {
      node = node.items ?? undefined;
      if (segments[0] === 'steps' && i === 1) stepType = steps[s]?.type as string;
      continue;
    }
    if (segments[0] === 'steps' && i === 2 && stepType) {
      node = defs[stepType]!.properties?.[s] ?? defs.stepBase!.properties?.[s];
    } else {
      node = node.properties?.[s];
    }
  }
  return node && resolve(node);
}
