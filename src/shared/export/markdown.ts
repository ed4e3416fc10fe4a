/**
 * The Markdown export (`procedure.md` beside `images/`). Pure. Text is backslash-escaped
 * (CommonMark §2.4) so a label such as `<img src=x onerror=…>` or `**bold**` stays literal text
 * in every renderer, including ones that would otherwise pass raw HTML through.
 */
import { markerBox } from '../geometry';
import type { NoteKind, Step } from '../model';
import { altText, sentence } from '../text';

export interface MarkdownDocument {
  title: string;
  intro: { purpose: string; prerequisites: string; result: string };
  steps: readonly Step[];
  /** Zip path of each step's screenshot, by step index; absent when the step has none. */
  imagePaths: ReadonlyMap<number, string>;
}

/** Escapes every ASCII punctuation character Markdown or HTML could act on, and tames line starts. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]()<>#!|~&]/g, '\\$&')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Continuation lines are indented under their list item so a paragraph break cannot end the list. */
function indent(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}

const NOTE_LABEL: Record<NoteKind, string> = { note: 'Note:', tip: 'Tip:', warning: 'Warning:' };

function stepBlock(step: Step, index: number, imagePath: string | undefined): string {
  const pad = '   ';
  const lines = [`${index + 1}. [ ] ${indent(escapeMarkdown(sentence(step)), pad)}`];
  if (step.type === 'type' && step.input) {
    const example = step.secret ? 'secret, not recorded' : `recorded example: ${step.value ?? ''}`;
    lines.push(`${pad}Input: **${escapeMarkdown(step.input.label)}** (${escapeMarkdown(example)})`);
  }
  if (step.note?.text.trim()) {
    const label = NOTE_LABEL[step.note.kind];
    lines.push(`${pad}> **${label}** ${indent(escapeMarkdown(step.note.text), `${pad}> `)}`);
  }
  if (step.problem) {
    lines.push(`${pad}> **Recording problem:** ${indent(escapeMarkdown(step.problem.message), `${pad}> `)}`);
  }
  if (imagePath) {
    lines.push(`${pad}![${escapeMarkdown(altText(step, index))}](${imagePath})`);
    // Markdown cannot overlay an outline, so the marked area is described instead.
    const box = markerBox(step);
    if (box) {
      lines.push(
        `${pad}*The element is at ${Math.round(box.left)}% from the left and ${Math.round(box.top)}% from the top of the screenshot.*`,
      );
    }
  }
  return lines.join('\n\n');
}

export function renderMarkdown(doc: MarkdownDocument): string {
  const out = [`# ${escapeMarkdown(doc.title)}`];
  const intro = [
    ['Purpose', doc.intro.purpose],
    ['What you need before starting', doc.intro.prerequisites],
    ['Expected result', doc.intro.result],
  ].filter(([, text]) => text?.trim());
  if (intro.length) {
    out.push('## Introduction');
    for (const [heading, text] of intro) out.push(`### ${heading}`, escapeMarkdown(text!.trim()));
  }
  const inputs = doc.steps.flatMap((s, i) => (s.type === 'type' && s.input ? [{ s, i }] : []));
  if (inputs.length) {
    out.push('## Inputs', 'Supply these values; the recorded value is only an example.');
    out.push(
      inputs
        .map(({ s, i }) => {
          const example = s.secret ? 'secret, not recorded' : (s.value ?? '');
          return `- **${escapeMarkdown(s.input!.label)}**: ${escapeMarkdown(example)} (step ${i + 1})`;
        })
        .join('\n'),
    );
  }
  out.push('## Steps');
  doc.steps.forEach((step, i) => {
    const section = step.section?.trim();
    if (section) out.push(`### ${escapeMarkdown(section)}`);
    out.push(stepBlock(step, i, doc.imagePaths.get(i)));
  });
  if (!doc.steps.length) out.push('This procedure has no steps yet.');
  return `${out.join('\n\n')}\n`;
}
