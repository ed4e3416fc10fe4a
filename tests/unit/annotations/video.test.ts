/** The video draws annotations on a step's picture: stepPicture says how page CSS px map onto the frame. */
import { describe, expect, it } from 'vitest';
import type { ClickStep } from '../../../src/shared/model';
import { frameLayout, stepPicture } from '../../../src/shared/video/layout';
import { FRAME_SIZE } from '../../../src/shared/video/settings';

const click = (over: Partial<ClickStep> = {}): ClickStep => ({
  id: 's1',
  procedureId: 'p1',
  position: 1,
  at: 0,
  url: 'https://app.example/',
  pageTitle: 'App',
  type: 'click',
  button: 'left',
  clickCount: 1,
  viewport: { width: 1280, height: 800, devicePixelRatio: 2 },
  target: {
    role: 'button',
    name: 'Save',
    tag: 'button',
    selectors: [],
    rect: { x: 1000, y: 600, width: 100, height: 40 },
  },
  ...over,
});
const image = { width: 2560, height: 1600 };
const { stage } = frameLayout(FRAME_SIZE['720p']);

describe('annotations in the video', () => {
  it.each([
    ['focused', click()],
    ['full', click({ view: 'full' })],
  ])('maps a page point to the frame the way the marker is mapped (%s)', (_view, step) => {
    const picture = stepPicture(step, undefined, image, stage);
    const { scale, origin } = picture.page!;
    // The element's centre (1050, 620) lands on the pointer's target.
    expect(picture.dest.x + (1050 - origin.x) * scale).toBeCloseTo(picture.target!.x, 6);
    expect(picture.dest.y + (620 - origin.y) * scale).toBeCloseTo(picture.target!.y, 6);
  });

  it('has the mapping even when the marker is hidden', () => {
    const picture = stepPicture(click({ marker: { hidden: true } }), undefined, image, stage);
    expect(picture.marker).toBeUndefined();
    expect(picture.page?.scale).toBeGreaterThan(0);
  });
});
