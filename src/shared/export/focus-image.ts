/**
 * A step's picture as its own image file, for exports that cannot crop or overlay (the Markdown
 * zip, Word): the focused crop, or the whole screenshot, with the marker and the step's
 * annotations burned into the pixels (burn-marker.ts). Each step gets its own: two steps sharing
 * a screenshot may mark different elements. Undefined means "keep the stored bytes": nothing to
 * draw, or a page without OffscreenCanvas, or bytes it cannot decode.
 */
import type { FocusView } from '../focus';
import type { Step } from '../model';
import { type BurnedImage, burnRequest, type ImageBurner, stepHasAnnotations } from './burn-marker';
import type { LoadedImage } from './load';

export interface PictureOptions {
  /** Re-encode WebP as PNG: Word cannot show WebP. */
  noWebp?: boolean;
}

/** The whole screenshot with the step's marker drawn in; undefined when there is nothing to draw. */
export async function fullPicture(
  step: Step,
  image: LoadedImage,
  burn: ImageBurner,
  options: PictureOptions = {},
): Promise<BurnedImage | undefined> {
  const request = burnRequest(step, image);
  const convert = options.noWebp && image.type === 'image/webp';
  if (!request.marker && !stepHasAnnotations(step) && !convert) return undefined;
  return burn(image.bytes, image.type, { ...request, ...(options.noWebp ? { noWebp: true } : {}) });
}

/** The focused view's crop with the marker drawn in. */
export function focusPicture(
  step: Step,
  image: LoadedImage,
  focus: FocusView,
  burn: ImageBurner,
  options: PictureOptions = {},
): Promise<BurnedImage | undefined> {
  const request = burnRequest(step, image, focus.crop);
  return burn(image.bytes, image.type, { ...request, ...(options.noWebp ? { noWebp: true } : {}) });
}
