/** One table: section, what was measured, the figure, and how it was measured. */

export interface Row {
  section: string;
  metric: string;
  value: string;
  how?: string;
}

export function formatTable(rows: readonly Row[]): string {
  const head: Row = { section: 'Section', metric: 'Metric', value: 'Value', how: 'How' };
  const all = [head, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => (r[key] ?? '').length));
  const w = { section: width('section'), metric: width('metric'), value: width('value') };
  const line = (r: Row) =>
    `${r.section.padEnd(w.section)} | ${r.metric.padEnd(w.metric)} | ${r.value.padStart(w.value)} | ${r.how ?? ''}`.trimEnd();
  const rule = `${'-'.repeat(w.section)}-+-${'-'.repeat(w.metric)}-+-${'-'.repeat(w.value)}-+-${'-'.repeat(20)}`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
