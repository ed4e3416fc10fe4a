/**
 * Burned markers: what burn-marker.ts draws into an exported picture. The unit tests have no
 * canvas, so the drawing runs on a small software raster (rounded rectangles filled with the
 * even-odd rule, which is all drawMarker uses): pixels on the marker's edge change, every other
 * pixel stays as stored. tests/e2e/word.test.ts checks the same in Chromium's real canvas.
 */
import { describe, expect, it } from 'vitest';
import {
  burnRequest,
  MARKER_LOOK,
  paintOverlays,
  stepHasAnnotations,
} from '../../../src/shared/export/burn-marker';
import { fullPicture } from '../../../src/shared/export/focus-image';
import type { Rect, Step } from '../../../src/shared/model';
import { target } from './fixtures';

interface Shape {
  rect: Rect;
  radius: number;
}

/** Just enough of a 2D context for drawMarker: rounded rects, even-odd fills, one colour per pixel. */
class RasterContext {
  readonly pixels: string[];
  fillStyle = '';
  private shapes: Shape[] = [];
  constructor(
    readonly width: number,
    readonly height: number,
    background: string,
  ) {
    this.pixels = new Array(width * height).fill(background);
  }
  save() {}
  restore() {}
  setTransform() {}
  beginPath() {
    this.shapes = [];
  }
  roundRect(x: number, y: number, width: number, height: number, radius: number) {
    this.shapes.push({ rect: { x, y, width, height }, radius });
  }
  fill(rule: string) {
    if (rule !== 'evenodd') throw new Error(`unexpected fill rule ${rule}`);
    for (let py = 0; py < this.height; py++)
      for (let px = 0; px < this.width; px++) {
        const inside = this.shapes.filter((s) => contains(s, px + 0.5, py + 0.5)).length;
        if (inside % 2 === 1) this.pixels[py * this.width + px] = this.fillStyle;
      }
  }
  at(x: number, y: number): string {
    return this.pixels[Math.floor(y) * this.width + Math.floor(x)]!;
  }
}

function contains({ rect: r, radius }: Shape, x: number, y: number): boolean {
  if (x < r.x || y < r.y || x > r.x + r.width || y > r.y + r.height) return false;
  const cx = Math.min(Math.max(x, r.x + radius), r.x + r.width - radius);
  const cy = Math.min(Math.max(y, r.y + radius), r.y + r.height - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const STORED = 'stored';

function step(over: Partial<Step> = {}): Step {
  return {
    id: 's',
    procedureId: 'p',
    position: 0,
    at: 0,
    url: 'https://app.example/',
    pageTitle: 'App',
    viewport: { width: 200, height: 100, devicePixelRatio: 2 },
    type: 'click',
    button: 'left',
    clickCount: 1,
    target: { ...target('Save'), rect: { x: 60, y: 30, width: 40, height: 20 } },
    ...over,
  } as Step;
}

function burn(s: Step, crop?: Rect): RasterContext {
  const size = { width: 400, height: 200 };
  const request = burnRequest(s, size, crop);
  const ctx = new RasterContext(crop?.width ?? size.width, crop?.height ?? size.height, STORED);
  paintOverlays(ctx as unknown as OffscreenCanvasRenderingContext2D, request, size);
  return ctx;
}

describe('burned marker', () => {
  it('draws the red line and white halo on the marker edge and leaves every other pixel as stored', () => {
    const ctx = burn(step());
    // The outline is the target padded by 4 CSS px, at 2 image px per CSS px: x 112–208, y 52–108.
    const box = { x: 112, y: 52, width: 96, height: 56 };
    const line = MARKER_LOOK.line * 2;
    const halo = MARKER_LOOK.haloWidth * 2;
    const midY = box.y + box.height / 2;
    // Red just inside the left and right edges, white just outside them.
    expect(ctx.at(box.x + 1, midY)).toBe(MARKER_LOOK.colour);
    expect(ctx.at(box.x + line - 1, midY)).toBe(MARKER_LOOK.colour);
    expect(ctx.at(box.x + box.width - 1, midY)).toBe(MARKER_LOOK.colour);
    expect(ctx.at(box.x - 1, midY)).toBe(MARKER_LOOK.halo);
    expect(ctx.at(box.x - halo + 1, midY)).toBe(MARKER_LOOK.halo);
    // Inside the line and beyond the halo the stored pixels are untouched.
    expect(ctx.at(box.x + line + 1, midY)).toBe(STORED);
    expect(ctx.at(box.x + box.width / 2, midY)).toBe(STORED);
    expect(ctx.at(box.x - halo - 1, midY)).toBe(STORED);
    // Only a ring changed: its area is the outer rounded box less the inner one, a few hundred pixels.
    const changed = ctx.pixels.filter((p) => p !== STORED).length;
    const ring =
      (box.width + 2 * halo) * (box.height + 2 * halo) - (box.width - 2 * line) * (box.height - 2 * line);
    expect(changed).toBeGreaterThan(ring * 0.9);
    expect(changed).toBeLessThanOrEqual(ring);
    // Far from the marker nothing changed at all.
    for (let y = 0; y < ctx.height; y++) expect(ctx.at(5, y)).toBe(STORED);
  });

  it('draws a moved marker where the person put it, and none when they hid it', () => {
    const moved = burn(step({ marker: { hidden: false, rect: { x: 10, y: 10, width: 20, height: 20 } } }));
    expect(moved.at(12 + 1, 40)).toBe(MARKER_LOOK.colour); // padded left edge 6 CSS px → 12 image px
    expect(moved.at(113, 80)).toBe(STORED); // where the target was
    const hidden = burn(step({ marker: { hidden: true } }));
    expect(hidden.pixels.every((p) => p === STORED)).toBe(true);
  });

  it('moves the marker with a crop and cuts it at the crop edge', () => {
    const ctx = burn(step(), { x: 100, y: 40, width: 60, height: 80 });
    // The box's left edge (image x 112) is 12 px into the crop; its right part lies past the crop,
    // so the outline closes along the crop's edge, as the HTML focused view draws it.
    expect(ctx.at(13, 40)).toBe(MARKER_LOOK.colour);
    expect(ctx.at(30, 40)).toBe(STORED);
    expect(ctx.at(59, 40)).toBe(MARKER_LOOK.colour);
    expect(ctx.at(50, 40)).toBe(STORED);
    // The top edge (image y 52) is 12 px down, drawn up to the crop's right edge.
    expect(ctx.at(40, 13)).toBe(MARKER_LOOK.colour);
    expect(ctx.at(50, 13)).toBe(MARKER_LOOK.colour);
  });

  it("draws the step's annotations over the marker, in CSS px of the whole screenshot moved by the crop", () => {
    const calls: string[] = [];
    const raster = new RasterContext(60, 80, STORED);
    // Record the transform and path calls the annotation painter makes; forward the marker's fills.
    const ctx = new Proxy(raster, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        const record = (...args: unknown[]) =>
          calls.push(`${String(key)}(${args.map((a) => (typeof a === 'number' ? a : '…')).join(',')})`);
        if (typeof value === 'function')
          return (...args: unknown[]) => {
            record(...args);
            return value.apply(target, args);
          };
        // Methods the raster lacks (stroke, moveTo, scale…) are only recorded.
        if (typeof key === 'string' && !(key in target)) return record;
        return value;
      },
      set(target, key, value) {
        return Reflect.set(target, key, value);
      },
    });
    const annotated = step({
      annotations: [{ kind: 'rect', rect: { x: 55, y: 25, width: 10, height: 10 }, colour: 'red' }],
    });
    const size = { width: 400, height: 200 };
    const request = burnRequest(annotated, size, { x: 100, y: 40, width: 60, height: 80 });
    paintOverlays(ctx as unknown as OffscreenCanvasRenderingContext2D, request, size);
    const firstFill = calls.indexOf('fill(…)');
    const scale = calls.indexOf('scale(2,2)');
    expect(firstFill).toBeGreaterThanOrEqual(0);
    expect(scale).toBeGreaterThan(firstFill);
    expect(calls[scale + 1]).toBe('translate(-50,-20)');
    expect(calls.slice(scale).some((c) => c.startsWith('roundRect(55,25,10,10'))).toBe(true);
    expect(stepHasAnnotations(annotated)).toBe(true);
    expect(stepHasAnnotations(step())).toBe(false);
  });

  it('asks for no drawing when there is nothing to mark: the stored file is kept', async () => {
    const image = { bytes: new Uint8Array([1]), type: 'image/png' as const, width: 400, height: 200 };
    let asked = 0;
    const burner = async () => {
      asked++;
      return undefined;
    };
    expect(await fullPicture(step({ marker: { hidden: true } }), image, burner)).toBeUndefined();
    expect(asked).toBe(0);
    await fullPicture(step(), image, burner);
    expect(asked).toBe(1);
  });
});
