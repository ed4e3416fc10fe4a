/** The video draws annotations on a step's picture: stepPicture says how page CSS px map onto the frame. */
import { describe, expect, it } from 'vitest';
import { frameLayout, stepPicture } from '../../../src/shared/video/layout';
import { FRAME_SIZE } from '../../../src/shared/video/settings';
import { retinaImage, saveClick } from '../video/steps';

const { stage } = frameLayout(FRAME_SIZE['720p']);

describe('annotations in the video', () => {
  it.each([
    ['focused', saveClick()],
    ['full', saveClick({ view: 'full' })],
  ])('maps a page point to the frame the way the marker is mapped (%s)', (_view, step) => {
    const picture = stepPicture(step, undefined, retinaImage, stage);
    const { scale, origin } = picture.page!;
    // The element's centre (1050, 620) lands on the pointer's target.
    expect(picture.dest.x + (1050 - origin.x) * scale).toBeCloseTo(picture.target!.x, 6);
    expect(picture.dest.y + (620 - origin.y) * scale).toBeCloseTo(picture.target!.y, 6);
  });

  it('has the mapping even when the marker is hidden', () => {
    const picture = stepPicture(saveClick({ marker: { hidden: true } }), undefined, retinaImage, stage);
    expect(picture.marker).toBeUndefined();
    expect(picture.page?.scale).toBeGreaterThan(0);
  });
});
