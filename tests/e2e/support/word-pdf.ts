/**
 * A Word file read back the way a person's office suite would: LibreOffice (Debian's
 * `libreoffice-writer-nogui`) converts it to PDF headless, in a fresh profile of its own so runs
 * never share or lock one, and poppler's tools (`poppler-utils`) give the PDF's text, page count
 * and images. `.ci/run` installs both when missing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ConvertedPdf {
  text: string;
  pages: number;
  /** Images drawn in the PDF (soft masks, the alpha channels of PNGs, not counted). */
  images: number;
  /** Time LibreOffice took, start to exit, in ms. */
  convertMs: number;
  pdfBytes: number;
}

function tool(name: string, hint: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${name} not found: apt-get install -y ${hint} (.ci/run installs it).`);
  }
}

/** `keepIn`: a folder to keep the .docx and the .pdf in, to look at them. */
export function convertDocxToPdf(docx: Uint8Array, keepIn?: string): ConvertedPdf {
  const soffice = tool('soffice', 'libreoffice-writer-nogui');
  const pdftotext = tool('pdftotext', 'poppler-utils');
  const dir = mkdtempSync(join(tmpdir(), 'handoff-word-'));
  try {
    const input = join(dir, 'procedure.docx');
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const started = Date.now();
    execFileSync(
      soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
      { timeout: 180_000, stdio: 'pipe' },
    );
    const convertMs = Date.now() - started;
    const pdf = join(dir, 'procedure.pdf');
    const pdfBytes = readFileSync(pdf).length;
    if (keepIn) {
      mkdirSync(keepIn, { recursive: true });
      copyFileSync(input, join(keepIn, 'procedure.docx'));
      copyFileSync(pdf, join(keepIn, 'procedure.pdf'));
    }
    const text = execFileSync(pdftotext, [pdf, '-'], { encoding: 'utf8' });
    const info = execFileSync(tool('pdfinfo', 'poppler-utils'), [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    // pdfimages -list: two header lines, then one row per image; column 3 is its type.
    const list = execFileSync(tool('pdfimages', 'poppler-utils'), ['-list', pdf], { encoding: 'utf8' });
    const images = list
      .split('\n')
      .slice(2)
      .filter((row) => row.trim().split(/\s+/)[2] === 'image').length;
    return { text, pages, images, convertMs, pdfBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text with every run of whitespace made one space, so wrapped lines read as one. */
export function flatText(text: string): string {
  return text.replace(/\s+/g, ' ');
}
