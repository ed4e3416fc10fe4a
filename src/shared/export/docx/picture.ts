/**
 * The picture a step shows in Word: its focused crop when it is shown focused, else the whole
 * screenshot, marker drawn in, as PNG or JPEG, with the size to show it at. Without a canvas
 * (or for bytes the page cannot decode) the stored PNG or JPEG goes in unmarked and the step
 * says where the marker is; a WebP that cannot be re-encoded is left out.
 */
import { focusDisplayWidth, shownFocus } from '../../focus';
import type { Messages } from '../../i18n/catalog';
import type { Procedure, Step } from '../../model';
import { altText } from '../../text';
import type { ImageBurner } from '../burn-marker';
import { focusPicture, fullPicture } from '../focus-image';
import { imageInfo } from '../image-info';
import type { LoadedImage } from '../load';
import { pictureSize } from './layout';
import type { WordPicture } from './step';
import { xmlSafe } from './text';

const WORD_TYPE = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

export async function wordPicture(
  step: Step,
  index: number,
  image: LoadedImage,
  procedure: Procedure,
  burn: ImageBurner,
  m: Messages,
): Promise<WordPicture | undefined> {
  const focus = shownFocus(step, procedure, image);
  // Alt text is an XML attribute: no characters XML forbids.
  const alt = xmlSafe(altText(step, index, m));
  // Image pixels per CSS pixel, so a picture is shown at the size it had on the page, at most.
  const scale = step.viewport?.width ? image.width / step.viewport.width : 1;
  const focused = focus && (await focusPicture(step, image, focus, burn, { noWebp: true }));
  const shown = focused
    ? { picture: focused, wanted: focusDisplayWidth(focus), burned: true }
    : await (async () => {
        const marked = await fullPicture(step, image, burn, { noWebp: true });
        return { picture: marked ?? image, wanted: image.width / scale, burned: Boolean(marked) };
      })();
  if (shown.picture.type === 'image/webp') return undefined;
  // The drawn picture's own size, read from its bytes: a crop is smaller than the screenshot.
  const info = imageInfo(shown.picture.bytes);
  if (!info || info.type === 'image/webp') return undefined;
  return {
    bytes: shown.picture.bytes,
    type: WORD_TYPE[info.type],
    ...pictureSize(info, shown.wanted),
    alt,
    marked: shown.burned,
  };
}
