/**
 * The branding logo, checked like an imported screenshot (import/image-bytes.ts): the type is
 * sniffed from the bytes (PNG, JPEG or WebP only: no SVG, which can carry script), the header's
 * pixel size must be sane, and the file must be small, since every export carries it. The
 * validated bytes are kept as they are: nothing is decoded or re-encoded.
 */
import { type ImageInfo, imageInfo } from '../export/image-info';
import { english, type Messages } from '../i18n/catalog';

/** A logo is a small picture: 1 MB is ample for a PNG of 1,000 px across. */
export const LOGO_MAX_BYTES = 1024 * 1024;
/** Wider or taller than this is a photo or a page, not a logo. */
export const LOGO_MAX_SIDE = 4096;

/** A logo whose bytes passed checkLogo. */
export interface Logo extends ImageInfo {
  bytes: Uint8Array;
}

export class LogoError extends Error {
  override name = 'LogoError';
}

const KB = 1024;

/** The logo's type and size, or a LogoError saying (in the words of `m`) why it was refused. */
export function checkLogo(bytes: Uint8Array, m: Messages = english): ImageInfo {
  if (bytes.length === 0) throw new LogoError(m.t('brandLogoEmpty'));
  if (bytes.length > LOGO_MAX_BYTES)
    throw new LogoError(m.t('brandLogoTooBig', Math.ceil(bytes.length / KB), LOGO_MAX_BYTES / KB));
  const info = imageInfo(bytes);
  if (!info) throw new LogoError(m.t('brandLogoNotImage'));
  if (info.width < 1 || info.height < 1 || info.width > LOGO_MAX_SIDE || info.height > LOGO_MAX_SIDE)
    throw new LogoError(m.t('brandLogoBadSize', info.width, info.height, LOGO_MAX_SIDE));
  return info;
}
