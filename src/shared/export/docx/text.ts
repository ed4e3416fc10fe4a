/**
 * Text for Word runs. docx escapes `&`, `<` and `>` itself, so a label such as
 * `<img src=x onerror=…>` is written as literal text; what it cannot write are characters XML 1.0
 * forbids (controls, lone surrogates, U+FFFE/U+FFFF): Word refuses such a document as corrupt and
 * offers to repair it. They are removed here, and line breaks become breaks inside the paragraph.
 */
import { type IRunOptions, TextRun } from 'docx';

/** Characters XML 1.0 does not allow (its `Char` production), tab and line breaks excepted. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** One run per line of `text`, each after the first starting on a new line. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}
