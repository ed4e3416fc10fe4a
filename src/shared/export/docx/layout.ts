/**
 * The Word document's page: one text block that fits both A4 and US Letter, so a file printed on
 * either paper lays out the same and no picture is squashed or cut. The paper size follows the
 * file's language (Letter for English, A4 otherwise), only to spare a printer's size prompt.
 *
 * Text block: 170 mm wide (A4 is 210 mm, Letter 215.9 mm) and 239.4 mm tall (Letter's 279.4 mm
 * less 20 mm top and bottom); on A4 the extra height goes to the top and bottom margins.
 */
import type { Locale } from '../../i18n/catalog';

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

export const TEXT_BLOCK_MM = { width: 170, height: 239.4 } as const;

const PAPER_MM = { a4: { width: 210, height: 297 }, letter: { width: 215.9, height: 279.4 } } as const;
export type Paper = keyof typeof PAPER_MM;

export function paperFor(locale: Locale): Paper {
  return locale === 'en' ? 'letter' : 'a4';
}

/** Page size and margins in twips, as docx's section properties take them. */
export function pageSetup(paper: Paper) {
  const size = PAPER_MM[paper];
  const side = (size.width - TEXT_BLOCK_MM.width) / 2;
  const end = (size.height - TEXT_BLOCK_MM.height) / 2;
  return {
    size: { width: twips(size.width), height: twips(size.height) },
    margin: {
      top: twips(end),
      bottom: twips(end),
      left: twips(side),
      right: twips(side),
      header: twips(10),
      footer: twips(10),
      gutter: 0,
    },
  };
}

/** docx sizes pictures in pixels at 96 to the inch. */
const PX_PER_MM = 96 / 25.4;
/**
 * Largest picture: the text block's width, and about 60% of its height, so a step's sentence,
 * note and picture fit on one page together.
 */
export const PICTURE_MAX_PX = {
  width: Math.floor(TEXT_BLOCK_MM.width * PX_PER_MM),
  height: Math.floor(140 * PX_PER_MM),
} as const;

/**
 * The size to show a picture at: `wanted` CSS px wide (its readable width, see focusDisplayWidth),
 * shrunk to fit the largest picture, never stretched out of its aspect ratio.
 */
export function pictureSize(
  pixels: { width: number; height: number },
  wanted: number,
): { width: number; height: number } {
  const aspect = pixels.height / Math.max(1, pixels.width);
  let width = Math.max(1, Math.min(wanted, PICTURE_MAX_PX.width));
  if (width * aspect > PICTURE_MAX_PX.height) width = PICTURE_MAX_PX.height / aspect;
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(width * aspect)) };
}
