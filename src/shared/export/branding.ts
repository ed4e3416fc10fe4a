/**
 * The branding in exported files (logo at the top, footer at the end), for the HTML export (and
 * its print layout) and the Markdown export (markdown.ts writes its lines). Pure. The logo's `src` is a data: URI this code
 * builds from bytes that passed branding/logo.ts; the footer is escaped like every other text.
 */
import type { ExportBranding } from '../branding/apply';
import type { Messages } from '../i18n/catalog';
import { bytesToBase64 } from './base64';
import { escapeHtml as esc } from './escape';
import { IMAGE_EXTENSION } from './image-info';

export type { ExportBranding } from '../branding/apply';

/** Appended to the HTML export's stylesheet only when a file carries branding. */
export const BRANDING_CSS = `
.brand-logo{display:block;max-width:15rem;max-height:5rem;width:auto;height:auto;margin:0 0 1rem}
.brand-footer{margin:3rem auto 0;max-width:64rem;padding:.75rem 1.25rem 2rem;border-top:1px solid #c8c8c8;color:#4a4a4a;font-size:.9rem;white-space:pre-line;overflow-wrap:anywhere}
@media print{.brand-logo{max-height:2.5cm}.brand-footer{break-inside:avoid;padding:.5rem 0 0}}
`;

export function logoDataUri(logo: NonNullable<ExportBranding['logo']>): string {
  return `data:${logo.type};base64,${bytesToBase64(logo.bytes)}`;
}

/** The logo above the title; '' without one. */
export function htmlLogo(branding: ExportBranding | undefined, m: Messages): string {
  if (!branding?.logo) return '';
  const { width, height } = branding.logo;
  return `<img class="brand-logo" src="${logoDataUri(branding.logo)}" width="${width}" height="${height}" alt="${esc(m.t('brandLogoAlt'))}">`;
}

/** The footer after the procedure; '' without words. */
export function htmlFooter(branding: ExportBranding | undefined): string {
  const text = branding?.footer.trim();
  return text ? `<footer class="brand-footer"><p>${esc(text)}</p></footer>` : '';
}

/** The zip path of the logo in the Markdown export. */
export function markdownLogoPath(logo: NonNullable<ExportBranding['logo']>): string {
  return `images/logo.${IMAGE_EXTENSION[logo.type]}`;
}

/** The footer's lines, trimmed, for formats that break lines themselves; [] without words. */
export function footerLines(branding: { footer: string } | undefined): string[] {
  const text = branding?.footer.trim();
  return text ? text.split(/\r\n?|\n/).map((line) => line.trim()) : [];
}
