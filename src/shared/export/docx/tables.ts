/**
 * The inputs table: each value the assistant supplies, its example (never a secret), and the step
 * that asks for it, linked. The same rows as the HTML export's table.
 */
import {
  BorderStyle,
  InternalHyperlink,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { MessageKey, Messages } from '../../i18n/catalog';
import type { Step, TypeStep } from '../../model';
import { TEXT_BLOCK_MM } from './layout';
import { stepAnchor } from './step';
import { runs } from './text';

export function inputSteps(steps: readonly Step[]): { step: TypeStep; number: number }[] {
  return steps.flatMap((step, i) => (step.type === 'type' && step.input ? [{ step, number: i + 1 }] : []));
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'C8C8C8' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
/** Column shares of the text block: input, example, step. */
const SHARES = [0.4, 0.4, 0.2] as const;
const BLOCK_TWIPS = Math.round((TEXT_BLOCK_MM.width * 1440) / 25.4);

const cell = (children: Paragraph[], header = false) =>
  new TableCell({
    children,
    ...(header ? { shading: { fill: 'F2F2F2', color: 'auto', type: 'clear' } } : {}),
  });

export function inputsTable(steps: readonly Step[], m: Messages): Table | undefined {
  const rows = inputSteps(steps).map(({ step, number }) => {
    const example = step.secret
      ? m.t('exportSecretNotRecorded')
      : step.value
        ? step.value
        : m.t('exportEmptyValue');
    const link = new InternalHyperlink({
      anchor: stepAnchor(number),
      children: [new TextRun({ text: m.t('exportStepLink', number), style: 'Hyperlink' })],
    });
    return new TableRow({
      cantSplit: true,
      children: [
        cell([new Paragraph({ children: runs(step.input?.label ?? '') })]),
        cell([new Paragraph({ children: runs(example) })]),
        cell([new Paragraph({ children: [link] })]),
      ],
    });
  });
  if (!rows.length) return undefined;
  const th = (key: MessageKey) => cell([new Paragraph({ children: runs(m.t(key), { bold: true }) })], true);
  return new Table({
    width: { size: BLOCK_TWIPS, type: WidthType.DXA },
    columnWidths: SHARES.map((share) => Math.round(share * BLOCK_TWIPS)),
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [th('exportInputColumn'), th('exportExampleColumn'), th('exportUsedInColumn')],
      }),
      ...rows,
    ],
  });
}
