/**
 * A value rebuilt in its schema's field order, keeping only the fields the schema knows. This is
 * how the file format stays byte-stable: the same procedure gives the same JSON whatever key order
 * or storage-only fields it has. It does not validate: stored data is trusted to be well-formed.
 */
import type * as v from 'valibot';

interface Node {
  type: string;
  entries?: Record<string, Node>;
  options?: Node[];
  item?: Node;
  wrapped?: Node;
  key?: string;
  literal?: unknown;
}

export function canonical<S extends v.GenericSchema>(schema: S, value: v.InferOutput<S>): v.InferOutput<S> {
  return rebuild(schema as unknown as Node, value) as v.InferOutput<S>;
}

function rebuild(node: Node, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (node.type) {
    case 'optional':
      return rebuild(node.wrapped!, value);
    case 'array':
      return (value as unknown[]).map((item) => rebuild(node.item!, item));
    case 'variant': {
      const tag = (value as Record<string, unknown>)[node.key!];
      const option = node.options!.find((o) => o.entries?.[node.key!]?.literal === tag);
      return option ? rebuild(option, value) : value;
    }
    case 'object': {
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(node.entries!)) {
        if (source[key] !== undefined) out[key] = rebuild(entry, source[key]);
      }
      return out;
    }
    default:
      return value;
  }
}
