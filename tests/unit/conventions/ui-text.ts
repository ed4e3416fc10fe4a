/**
 * Finds words written straight into UI code instead of coming from the message catalogs: JSX
 * text, human-facing JSX attributes (aria-label, title, placeholder, alt), and string or
 * template literals that read like a sentence (two words or more once HTML tags are removed).
 * Technical strings (class names, selectors, message keys, CSS) do not read like sentences.
 */
import ts from 'typescript';

export interface Finding {
  line: number;
  text: string;
}

const HUMAN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const HAS_LETTER = /\p{L}/u;
/**
 * Two whole words of two letters or more, separated by spaces: "Save title", "Click the link".
 * A word joined by a hyphen does not count, so class lists ("row library-head") are not words.
 */
const SENTENCE = /(?<![\p{L}-])\p{L}{2,}[ \u00A0]+\p{L}{2,}(?![\p{L}-])/u;

/**
 * The text a reader would see: whole tags removed, and in template parts the ends of tags that
 * another part opens or closes (`<li id="step-` … `" class="step">`).
 */
function withoutTags(text: string, node: ts.Node): string {
  let out = text;
  if (ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out = out.replace(/^[^<>]*>/, ' ');
  out = out.replace(/<[^<>]*>/g, ' ');
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node)) out = out.replace(/<[^<>]*$/, ' ');
  return out;
}

/** CSS rules: braces with declarations inside. */
const CSS = /\{[^{}]*:[^{}]*\}|^[^{}]*\{[^{}]*:/;

/** The JSX attribute whose value this literal is (directly or in a condition), if any. */
function jsxAttributeName(node: ts.Node): string | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at)) return at.name.getText();
    // Inside a call (t('key'), a template function) the literal is that call's argument.
    if (ts.isCallExpression(at) || ts.isJsxElement(at) || ts.isJsxSelfClosingElement(at)) return undefined;
    if (ts.isStatement(at)) return undefined;
  }
  return undefined;
}

function insideConsoleCall(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) && /^console\./.test(at.expression.getText())) return true;
    if (ts.isBlock(at)) return false;
  }
  return false;
}

export function hardCodedText(fileName: string, code: string): Finding[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    findings.push({
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim(),
    });

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node)) {
      if (HAS_LETTER.test(node.text)) report(node, node.text);
      return;
    }
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      text = node.text;
    if (text !== undefined && !insideConsoleCall(node)) {
      const attribute = jsxAttributeName(node);
      if (attribute !== undefined) {
        if (HUMAN_ATTRIBUTES.has(attribute) && HAS_LETTER.test(text)) report(node, text);
      } else if (!CSS.test(text) && SENTENCE.test(withoutTags(text, node))) {
        report(node, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}
