/**
 * The library's branding in the Word file: the logo in the page header and the footer text in the
 * page footer, so both repeat on every printed page. Word shows PNG and JPEG; a WebP logo is
 * re-encoded as PNG where the page has a canvas, and left out where it has none.
 */
import { Footer, Header, ImageRun, Paragraph } from 'docx';
import type { ExportBranding } from '../branding';
import { footerLines } from '../branding';
import { runs } from './text';

/** Tallest and widest the logo is shown in the header, in px at 96 dpi. */
const LOGO_HEIGHT = 48;
const LOGO_WIDTH = 200;

export interface WordBranding {
  logo?: { bytes: Uint8Array; type: 'png' | 'jpg'; width: number; height: number };
  footer: string;
}

/** The logo's size in the header: its own aspect, within LOGO_WIDTH × LOGO_HEIGHT, never enlarged. */
export function logoSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, LOGO_HEIGHT / height, LOGO_WIDTH / width);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function webpAsPng(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  if (typeof OffscreenCanvas !== 'function' || typeof createImageBitmap !== 'function') return undefined;
  try {
    const bitmap = await createImageBitmap(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/webp' }),
    );
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  } catch {
    return undefined;
  }
}

/** The export's branding as Word can show it. */
export async function wordBranding(branding: ExportBranding | undefined): Promise<WordBranding | undefined> {
  if (!branding) return undefined;
  const { logo, footer } = branding;
  if (!logo) return { footer };
  const size = logoSize(logo.width, logo.height);
  if (logo.type === 'image/png') return { footer, logo: { bytes: logo.bytes, type: 'png', ...size } };
  if (logo.type === 'image/jpeg') return { footer, logo: { bytes: logo.bytes, type: 'jpg', ...size } };
  const png = await webpAsPng(logo.bytes);
  return png ? { footer, logo: { bytes: png, type: 'png', ...size } } : { footer };
}

/** The section's header and footer; nothing when there is no branding. */
export function brandingSection(branding: WordBranding | undefined, logoAlt: string) {
  if (!branding) return {};
  const lines = footerLines(branding);
  const logo = branding.logo;
  return {
    ...(logo
      ? {
          headers: {
            default: new Header({
              children: [
                new Paragraph({
                  children: [
                    new ImageRun({
                      type: logo.type,
                      data: logo.bytes,
                      transformation: { width: logo.width, height: logo.height },
                      altText: { name: logoAlt, description: logoAlt, title: logoAlt },
                    }),
                  ],
                }),
              ],
            }),
          },
        }
      : {}),
    ...(lines.length
      ? {
          footers: {
            default: new Footer({
              children: [new Paragraph({ children: runs(lines.join('\n'), { size: 18, color: '4A4A4A' }) })],
            }),
          },
        }
      : {}),
  };
}
