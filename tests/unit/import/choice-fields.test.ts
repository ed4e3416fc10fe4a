/** Issue 11's fields survive a file round trip, and the importer refuses what the recorder never writes. */
import { describe, expect, it } from 'vitest';
import schemaJson from '../../../docs/handoff-format.schema.json';
import { handoffFile } from '../../../src/shared/import/file';
import { ZIP_ROOT } from '../../../src/shared/import/parsed';
import { validDocument } from './documents';
import type { Json } from './helpers';

type Doc = { [key: string]: Json };

function withChoice(change: (step: { [key: string]: Json }) => void): Doc {
  const { json } = validDocument();
  const steps = json.steps as { [key: string]: Json }[];
  const select = steps.find((s) => s.type === 'select')!;
  change(select);
  return json;
}

const importedSelect = (doc: Doc) => handoffFile(doc, ZIP_ROOT).steps.find((s) => s.type === 'select')!;

describe('choice fields in a Handoff file', () => {
  it('keeps widget, typed and the target row', () => {
    const doc = withChoice((s) => {
      s.widget = 'listbox';
      s.typed = true;
      (s.target as { [key: string]: Json }).row = 'Office Depot';
    });
    const step = importedSelect(doc);
    expect(step).toMatchObject({ widget: 'listbox', typed: true, target: { row: 'Office Depot' } });
  });

  it('reads a select without them as a native select, as older files have it', () => {
    const step = importedSelect(withChoice(() => {}));
    expect(step).not.toHaveProperty('widget');
    expect(step).not.toHaveProperty('typed');
  });

  it('refuses an unknown widget and typed: false', () => {
    const wheel = withChoice((s) => {
      s.widget = 'wheel';
    });
    const untyped = withChoice((s) => {
      s.typed = false;
    });
    expect(() => handoffFile(wheel, ZIP_ROOT)).toThrow();
    expect(() => handoffFile(untyped, ZIP_ROOT)).toThrow();
  });

  it('is declared in the JSON Schema with the same values', () => {
    type Node = { properties: Record<string, { enum?: string[]; const?: unknown }> };
    const defs = (schemaJson as unknown as { $defs: Record<string, Node & { oneOf?: Node[] }> }).$defs;
    const select = defs.step!.oneOf!.find((s) => s.properties.type!.const === 'select')!;
    expect(select.properties.widget!.enum).toEqual(['listbox', 'menu', 'date']);
    expect(select.properties).toHaveProperty('typed');
    expect(defs.target!.properties).toHaveProperty('row');
  });
});

describe('choice fields in an export', () => {
  it('are written to the file as recorded', async () => {
    const { fileStep } = await import('../../../src/shared/export/format');
    const written = fileStep({
      id: 's',
      procedureId: 'p',
      position: 1,
      at: 1,
      url: 'https://books.example/register',
      pageTitle: 'Register',
      type: 'select',
      option: 'Office Depot',
      value: 'Office Depot',
      widget: 'listbox',
      typed: true,
      target: {
        role: 'combobox',
        name: 'Payee',
        tag: 'input',
        selectors: [['#p']],
        rect: { x: 0, y: 0, width: 1, height: 1 },
        row: 'Row 2',
      },
    });
    expect(written).toMatchObject({ widget: 'listbox', typed: true, target: { row: 'Row 2' } });
  });
});
