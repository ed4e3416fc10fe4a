/**
 * The Markdown export (`procedure.md` beside `images/`). Pure. Text is backslash-escaped
 * (CommonMark §2.4) so a label such as `<img src=x onerror=…>` or `**bold**` stays literal text
 * in every renderer, including ones that would otherwise pass raw HTML through.
 */
import { formatDuration, taskDuration } from '../duration';
import { markerBox } from '../geometry';
import { english, type Messages } from '../i18n/catalog';
import type { AccessItem, Step, TroubleEntry } from '../model';
import { altText, sentence } from '../text';
import { type ExportBranding, footerLines, markdownLogoPath } from './branding';
import { type ShownDecision, shownDecision, stepNumbers } from './document';
import { INTRO_PARTS, NOTE_LABEL } from './labels';
import {
  accessMarkdown,
  decisionMarkdown,
  linkedNumbers,
  stepAnchor,
  troubleshootingMarkdown,
} from './markdown-decisions';

export interface MarkdownDocument {
  title: string;
  intro: { purpose: string; prerequisites: string; result: string };
  steps: readonly Step[];
  /** Zip path of each step's screenshot, by step index; absent when the step has none. */
  imagePaths: ReadonlyMap<number, string>;
  /** Zip path of each focused step's cropped screenshot, marker drawn in, by step index. */
  focusPaths?: ReadonlyMap<number, string>;
  /** The language the file is written in, chosen by the person; English when absent. */
  messages?: Messages;
  /** "Access needed" and "When something goes wrong", as shownAccess/shownTroubleshooting give them. */
  access?: readonly AccessItem[];
  troubleshooting?: readonly TroubleEntry[];
  /** Logo (the zip holds it at markdownLogoPath) and footer, when the person includes them. */
  branding?: ExportBranding;
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

/** A step's decision, and whether some decision links to this step (then it gets an anchor). */
interface StepLinks {
  decision?: ShownDecision | undefined;
  anchored?: boolean;
}

function stepBlock(
  m: Messages,
  step: Step,
  index: number,
  imagePath: string | undefined,
  focusPath?: string,
  links: StepLinks = {},
): string {
  const pad = '   ';
  const anchor = links.anchored ? ` ${stepAnchor(index + 1)}` : '';
  const lines = [`${index + 1}. [ ] ${indent(escapeMarkdown(sentence(step, m)), pad)}${anchor}`];
  if (links.decision) lines.push(decisionMarkdown(m, links.decision, escapeMarkdown, pad));
  if (step.type === 'type' && step.input) {
    const example = step.secret
      ? m.t('exportSecretNotRecordedLower')
      : m.t('exportMdInputExample', step.value ?? '');
    const label = escapeMarkdown(m.t('exportInputLine'));
    lines.push(`${pad}${label} **${escapeMarkdown(step.input.label)}** (${escapeMarkdown(example)})`);
  }
  if (step.note?.text.trim()) {
    const label = escapeMarkdown(m.t(NOTE_LABEL[step.note.kind]));
    lines.push(`${pad}> **${label}** ${indent(escapeMarkdown(step.note.text), `${pad}> `)}`);
  }
  if (step.problem) {
    const label = escapeMarkdown(m.t('exportProblem'));
    lines.push(`${pad}> **${label}** ${indent(escapeMarkdown(step.problem.message), `${pad}> `)}`);
  }
  if (imagePath && focusPath) {
    // The crop shows the marker in its pixels; the whole screenshot is a link away.
    lines.push(`${pad}![${escapeMarkdown(altText(step, index, m))}](${focusPath})`);
    lines.push(`${pad}[${escapeMarkdown(m.t('exportFullScreenshot'))}](${imagePath})`);
  } else if (imagePath) {
    lines.push(`${pad}![${escapeMarkdown(altText(step, index, m))}](${imagePath})`);
    // Markdown cannot overlay an outline, so the marked area is described instead.
    const box = markerBox(step);
    if (box) {
      const where = m.t('exportMarkerAt', Math.round(box.left), Math.round(box.top));
      lines.push(`${pad}*${escapeMarkdown(where)}*`);
    }
  }
  return lines.join('\n\n');
}

export function renderMarkdown(doc: MarkdownDocument): string {
  const m = doc.messages ?? english;
  const logo = doc.branding?.logo;
  const out = logo ? [`![${escapeMarkdown(m.t('brandLogoAlt'))}](${markdownLogoPath(logo)})`] : [];
  out.push(`# ${escapeMarkdown(doc.title)}`);
  const took = taskDuration(doc.steps);
  if (took !== undefined) out.push(escapeMarkdown(m.t('exportDuration', formatDuration(took, m.locale))));
  const intro = INTRO_PARTS.filter(([key]) => doc.intro[key]?.trim());
  if (intro.length) {
    out.push(`## ${escapeMarkdown(m.t('exportIntroHeading'))}`);
    for (const [key, heading] of intro)
      out.push(`### ${escapeMarkdown(m.t(heading))}`, escapeMarkdown(doc.intro[key].trim()));
  }
  out.push(...accessMarkdown(m, doc.access ?? [], escapeMarkdown));
  const inputs = doc.steps.flatMap((s, i) => (s.type === 'type' && s.input ? [{ s, i }] : []));
  if (inputs.length) {
    out.push(
      `## ${escapeMarkdown(m.t('exportInputsHeading'))}`,
      escapeMarkdown(m.t('exportInputsLeadShort')),
    );
    out.push(
      inputs
        .map(({ s, i }) => {
          const example = s.secret ? m.t('exportSecretNotRecordedLower') : (s.value ?? '');
          const where = escapeMarkdown(m.t('exportStepRef', i + 1));
          return `- **${escapeMarkdown(s.input!.label)}**: ${escapeMarkdown(example)} (${where})`;
        })
        .join('\n'),
    );
  }
  out.push(`## ${escapeMarkdown(m.t('exportStepsHeading'))}`);
  const numbers = stepNumbers(doc.steps);
  const anchored = linkedNumbers(doc.steps, numbers);
  doc.steps.forEach((step, i) => {
    const section = step.section?.trim();
    if (section) out.push(`### ${escapeMarkdown(section)}`);
    const links = { decision: shownDecision(step, numbers), anchored: anchored.has(i + 1) };
    out.push(stepBlock(m, step, i, doc.imagePaths.get(i), doc.focusPaths?.get(i), links));
  });
  if (!doc.steps.length) out.push(escapeMarkdown(m.t('exportNoSteps')));
  out.push(...troubleshootingMarkdown(m, doc.troubleshooting ?? [], escapeMarkdown));
  // The footer after a rule, its lines kept apart by hard breaks.
  const footer = footerLines(doc.branding);
  if (footer.length) out.push('---', footer.map(escapeMarkdown).join('\\\n'));
  return `${out.join('\n\n')}\n`;
}
