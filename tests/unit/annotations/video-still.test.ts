/** The video's still picture of a step draws its annotations where the page's points land on the frame, cut to the picture. */
import { describe, expect, it } from 'vitest';
import { drawStill } from '../../../src/editor/video/draw';
import { frameLayout, stepPicture } from '../../../src/shared/video/layout';
import { FRAME_SIZE } from '../../../src/shared/video/settings';
import { retinaImage, saveClick } from '../video/steps';

/** A 2D context that draws nothing but tracks uniform scale and translation, and logs points. */
function tracingContext() {
  const log: string[] = [];
  let m = { k: 1, e: 0, f: 0 };
  const stack: (typeof m)[] = [];
  const state: Record<string, unknown> = {};
  const at = (x: number, y: number) => ({ x: x * m.k + m.e, y: y * m.k + m.f });
  const methods: Record<string, (...args: number[]) => unknown> = {
    save: () => stack.push({ ...m }),
    restore: () => {
      m = stack.pop()!;
    },
    translate: (x, y) => {
      m = { ...m, e: m.e + x * m.k, f: m.f + y * m.k };
    },
    scale: (k) => {
      m = { ...m, k: m.k * k };
    },
    clip: () => log.push('clip'),
    moveTo: (x, y) => {
      const p = at(x, y);
      log.push(`moveTo ${p.x.toFixed(2)},${p.y.toFixed(2)}`);
    },
    measureText: () => ({ width: 10 }),
  };
  const ctx = new Proxy(state, {
    get: (target, name: string) => methods[name] ?? (name in target ? target[name] : () => undefined),
    set: (target, name: string, value) => {
      target[name] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as OffscreenCanvasRenderingContext2D, log };
}

const step = saveClick({
  annotations: [{ kind: 'arrow', from: { x: 900, y: 560 }, to: { x: 1000, y: 620 }, colour: 'red' }],
});

describe('annotations in the video still', () => {
  it('draws the arrow from the frame point its page point maps to, after cutting to the picture', () => {
    const layout = frameLayout(FRAME_SIZE['720p']);
    const picture = stepPicture(step, undefined, retinaImage, layout.stage);
    const { ctx, log } = tracingContext();
    drawStill(ctx, layout, {
      number: 1,
      sentence: 'Click "Save"',
      picture,
      image: {} as CanvasImageSource,
      noPicture: '',
      annotations: step.annotations,
    });
    const { scale, origin } = picture.page!;
    const x = picture.dest.x + (900 - origin.x) * scale;
    const y = picture.dest.y + (560 - origin.y) * scale;
    const clip = log.indexOf('clip');
    expect(clip).toBeGreaterThanOrEqual(0);
    expect(log.indexOf(`moveTo ${x.toFixed(2)},${y.toFixed(2)}`)).toBeGreaterThan(clip);
  });

  it('draws none without annotations', () => {
    const layout = frameLayout(FRAME_SIZE['720p']);
    const picture = stepPicture(step, undefined, retinaImage, layout.stage);
    const { ctx, log } = tracingContext();
    drawStill(ctx, layout, {
      number: 1,
      sentence: 'Click "Save"',
      picture,
      image: {} as CanvasImageSource,
      noPicture: '',
    });
    expect(log).not.toContain('clip');
  });
});
