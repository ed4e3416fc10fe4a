/** The canvas renderer draws each kind where the layout says, scaled to image pixels. */
import { describe, expect, it } from 'vitest';
import { drawAnnotations } from '../../../src/shared/annotations/draw-canvas';
import { ANNOTATION_HEX } from '../../../src/shared/annotations/palette';
import type { Annotation } from '../../../src/shared/model';

/** A 2D context that records calls and the transform, enough to check what was drawn where. */
function recorder() {
  const calls: string[] = [];
  let transform = { k: 1, x: 0, y: 0 };
  const stack: (typeof transform)[] = [];
  const at = (x: number, y: number) =>
    `${(x + transform.x) * transform.k},${(y + transform.y) * transform.k}`;
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, name: string) {
      switch (name) {
        case 'save':
          return () => stack.push({ ...transform });
        case 'restore':
          return () => {
            transform = stack.pop()!;
            calls.push('restore');
          };
        case 'scale':
          return (k: number) => {
            transform.k *= k;
          };
        case 'translate':
          return (x: number, y: number) => {
            transform.x += x;
            transform.y += y;
          };
        case 'moveTo':
        case 'lineTo':
          return (x: number, y: number) => calls.push(`${name} ${at(x, y)}`);
        case 'fillText':
          return (text: string, x: number, y: number) =>
            calls.push(`fillText ${text} ${at(x, y)} ${target.fillStyle}`);
        case 'arc':
          return (x: number, y: number, r: number) => calls.push(`arc ${at(x, y)} r${r * transform.k}`);
        case 'roundRect':
          return (x: number, y: number, w: number, h: number) =>
            calls.push(`roundRect ${at(x, y)} ${w * transform.k}x${h * transform.k}`);
        case 'fill':
        case 'stroke':
          return () => calls.push(`${name} ${name === 'fill' ? target.fillStyle : target.strokeStyle}`);
        case 'beginPath':
        case 'closePath':
          return () => undefined;
        default:
          return target[name];
      }
    },
    set(target, name: string, value) {
      target[name] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('drawAnnotations', () => {
  it('does nothing without annotations', () => {
    const { ctx, calls } = recorder();
    drawAnnotations(ctx, undefined, 2);
    drawAnnotations(ctx, [], 2);
    expect(calls).toEqual([]);
  });

  it('draws an arrow from its start to its tip, at twice the size on a 2x screenshot', () => {
    const { ctx, calls } = recorder();
    const arrow: Annotation = {
      kind: 'arrow',
      from: { x: 10, y: 20 },
      to: { x: 110, y: 20 },
      colour: 'blue',
    };
    drawAnnotations(ctx, [arrow], 2);
    expect(calls).toContain('moveTo 20,40');
    // The head's tip is the arrow's `to` point.
    expect(calls).toContain('moveTo 220,40');
    expect(calls).toContain(`fill ${ANNOTATION_HEX.blue}`);
    expect(calls.at(-1)).toBe('restore');
  });

  it('draws a callout box with its text, and a badge with its number, offset by a crop origin', () => {
    const { ctx, calls } = recorder();
    drawAnnotations(
      ctx,
      [
        { kind: 'callout', at: { x: 50, y: 60 }, text: 'Check the total', colour: 'green' },
        { kind: 'badge', at: { x: 30, y: 30 }, number: 7, colour: 'red' },
      ],
      1,
      { x: 20, y: 10 },
    );
    expect(calls.some((c) => c.startsWith('roundRect 30,50 '))).toBe(true);
    expect(calls).toContain(`fill ${ANNOTATION_HEX.green}`);
    expect(calls.some((c) => c.startsWith('fillText Check the total ') && c.endsWith('#ffffff'))).toBe(true);
    expect(calls).toContain('arc 10,20 r12');
    expect(calls.some((c) => c.startsWith('fillText 7 10,'))).toBe(true);
  });

  it('falls back to red for a colour word it does not know', () => {
    const { ctx, calls } = recorder();
    const rect = {
      kind: 'rect',
      rect: { x: 0, y: 0, width: 10, height: 10 },
      colour: 'hotpink',
    } as unknown as Annotation;
    drawAnnotations(ctx, [rect], 1);
    expect(calls).toContain(`stroke ${ANNOTATION_HEX.red}`);
  });
});
