import { describe, expect, it } from 'vitest';
import type { NavigateStep } from '../../../src/shared/model';
import { calloutRect, fitRect, frameLayout, stepPicture } from '../../../src/shared/video/layout';
import { FRAME_SIZE } from '../../../src/shared/video/settings';
import { base, retinaImage, saveClick } from './steps';

describe('frame layout', () => {
  it.each(['720p', '1080p'] as const)('%s: stage above the caption bar, both inside the frame', (res) => {
    const size = FRAME_SIZE[res];
    const { stage, caption } = frameLayout(size);
    expect(caption.y + caption.height).toBe(size.height);
    expect(caption.width).toBe(size.width);
    expect(stage.y + stage.height).toBeLessThan(caption.y);
    expect(stage.x).toBeGreaterThan(0);
    expect(stage.x + stage.width).toBeLessThan(size.width);
  });

  it('fits without cropping and centres', () => {
    expect(fitRect({ width: 200, height: 100 }, { x: 0, y: 0, width: 100, height: 100 })).toEqual({
      x: 0,
      y: 25,
      width: 100,
      height: 50,
    });
    expect(fitRect({ width: 0, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }).width).toBe(0);
  });
});

describe('a step in the frame', () => {
  const { stage } = frameLayout(FRAME_SIZE['720p']);

  it('shows the focused part, with the target in the middle of the marked element', () => {
    const picture = stepPicture(saveClick(), undefined, retinaImage, stage);
    // Focused: less than the whole image.
    expect(picture.crop.width * picture.crop.height).toBeLessThan(retinaImage.width * retinaImage.height);
    expect(picture.dest.width).toBeLessThanOrEqual(stage.width + 1e-9);
    expect(picture.dest.height).toBeLessThanOrEqual(stage.height + 1e-9);
    // Map the element's centre through the crop by hand.
    const k = picture.dest.width / picture.crop.width;
    const cx = picture.dest.x + (1050 * 2 - picture.crop.x) * k;
    const cy = picture.dest.y + (620 * 2 - picture.crop.y) * k;
    expect(picture.target!.x).toBeCloseTo(cx, 6);
    expect(picture.target!.y).toBeCloseTo(cy, 6);
    // The marker surrounds the target and lies on the picture.
    const m = picture.marker!;
    expect(m.x).toBeLessThan(cx);
    expect(m.x + m.width).toBeGreaterThan(cx);
    expect(m.x).toBeGreaterThanOrEqual(picture.dest.x);
    expect(m.y + m.height).toBeLessThanOrEqual(picture.dest.y + picture.dest.height + 1e-9);
  });

  it('the whole screenshot when the person chose it', () => {
    const picture = stepPicture(saveClick({ view: 'full' }), undefined, retinaImage, stage);
    expect(picture.crop).toEqual({ x: 0, y: 0, ...retinaImage });
    const k = picture.dest.width / retinaImage.width;
    expect(picture.target!.x).toBeCloseTo(picture.dest.x + 2100 * k, 6);
    expect(stepPicture(saveClick(), { view: 'full' }, retinaImage, stage).crop).toEqual({
      x: 0,
      y: 0,
      ...retinaImage,
    });
  });

  it('no marker and no target when the marker is hidden or the step has no element', () => {
    const hidden = stepPicture(saveClick({ marker: { hidden: true } }), undefined, retinaImage, stage);
    expect(hidden.marker).toBeUndefined();
    expect(hidden.target).toBeUndefined();
    const nav: NavigateStep = { ...base, type: 'navigate', kind: 'load' };
    const picture = stepPicture(nav, undefined, retinaImage, stage);
    expect(picture.crop).toEqual({ x: 0, y: 0, ...retinaImage });
    expect(picture.target).toBeUndefined();
  });

  it('a moved marker moves the target', () => {
    const moved = stepPicture(
      saveClick({ marker: { hidden: false, rect: { x: 100, y: 100, width: 50, height: 20 } }, view: 'full' }),
      undefined,
      retinaImage,
      stage,
    );
    const k = moved.dest.width / retinaImage.width;
    expect(moved.target!.x).toBeCloseTo(moved.dest.x + 250 * k, 6);
  });
});

describe('callout', () => {
  const { stage, gap } = frameLayout(FRAME_SIZE['720p']);

  it('goes on top unless the element is in the upper half', () => {
    const low = calloutRect(stage, 80, gap, { x: 600, y: stage.y + stage.height * 0.8 });
    expect(low.y).toBe(stage.y + gap);
    const high = calloutRect(stage, 80, gap, { x: 600, y: stage.y + 10 });
    expect(high.y + high.height).toBe(stage.y + stage.height - gap);
    expect(calloutRect(stage, 80, gap).y).toBe(stage.y + gap);
    expect(low.x).toBeGreaterThan(stage.x);
    expect(low.x + low.width).toBeLessThan(stage.x + stage.width);
  });
});
