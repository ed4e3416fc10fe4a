import { describe, expect, it } from 'vitest';
import {
  candidates,
  overlap,
  pageOf,
  plainBand,
  type Rgb,
  RING_CSS,
  RING_GAP,
  ringPoints,
  sameSurroundings,
} from '../../../src/shared/edit';
import type { Step } from '../../../src/shared/model';
import { click, target } from './fixtures';

/** A click on `url` whose element is `name` (selector `#name`) at `rect`, 1000×500 viewport. */
function at(id: string, url: string, name: string, rect = { x: 100, y: 50, width: 80, height: 20 }): Step {
  return { ...click(id, 1, name), url, target: target(name, 'button', rect) };
}

const PAGE = 'https://crm.test/customers';
const region = { x: 400, y: 200, width: 120, height: 18 };

describe('pageOf', () => {
  it('is origin and path', () => {
    expect(pageOf('https://crm.test/customers')).toBe('https://crm.test/customers');
    expect(pageOf('https://crm.test')).toBe('https://crm.test/');
    expect(pageOf('not a url')).toBeUndefined();
    // A host hidden as personal data is still one page to compare (URL would refuse it).
    expect(pageOf('http://…:8080/invoice/')).toBe('http://…:8080/invoice/');
  });
});

describe('the place rule', () => {
  it('offers steps on the same page at the same viewport size, to be confirmed by their pixels', () => {
    const steps = [at('a', PAGE, 'Save'), at('b', PAGE, 'Edit'), at('c', PAGE, 'Delete')];
    expect(candidates(steps, 'a', region)).toEqual([
      { stepId: 'b', rect: region, rule: 'place' },
      { stepId: 'c', rect: region, rule: 'place' },
    ]);
  });

  it('leaves out another page, another site, another viewport size and steps without a screenshot', () => {
    const steps = [
      at('a', PAGE, 'Save'),
      at('other-path', 'https://crm.test/invoices', 'Edit'),
      at('other-site', 'https://evil.test/customers', 'Edit'),
      { ...at('narrow', PAGE, 'Edit'), viewport: { width: 800, height: 500, devicePixelRatio: 2 } },
      { ...at('no-shot', PAGE, 'Edit'), image: undefined },
      // A different pixel ratio is the same CSS size: the region lands at the same place.
      { ...at('hidpi', PAGE, 'Edit'), viewport: { width: 1000, height: 500, devicePixelRatio: 1 } },
    ] as Step[];
    expect(candidates(steps, 'a', region).map((c) => c.stepId)).toEqual(['hidpi']);
  });

  it('leaves out steps already covered there', () => {
    const b = at('b', PAGE, 'Edit');
    const covered = {
      ...b,
      image: { ...b.image!, covered: [{ kind: 'email' as const, rect: { ...region, x: 398, width: 124 } }] },
    };
    expect(candidates([at('a', PAGE, 'Save'), covered], 'a', region)).toEqual([]);
  });
});

describe('the element rule', () => {
  const field = { x: 100, y: 300, width: 200, height: 24 };

  it('follows the element by selector to where each step recorded it, keeping the drawn margin', () => {
    const a = at('a', PAGE, 'email', field);
    // The same field after the page scrolled by 100 px, on another path of the same site.
    const b = at('b', 'https://crm.test/customers/42', 'email', { ...field, y: 200 });
    const drawn = { x: 96, y: 296, width: 208, height: 32 };
    expect(candidates([a, b], 'a', drawn)).toEqual([
      { stepId: 'b', rect: { x: 96, y: 196, width: 208, height: 32 }, rule: 'element' },
    ]);
  });

  it('needs the region to be the element’s box, the same selector, tag and role, and the same site', () => {
    const a = at('a', PAGE, 'email', field);
    const moved = { ...field, y: 200 };
    const steps = [
      a,
      at('other-selector', PAGE, 'phone', moved),
      at('other-site', 'https://evil.test/customers', 'email', moved),
      { ...at('other-role', PAGE, 'email', moved), target: { ...target('email', 'link', moved) } },
    ] as Step[];
    // Same page and size: those steps may still match by place, never by element.
    expect(candidates(steps, 'a', field).filter((c) => c.rule === 'element')).toEqual([]);
    // A region that is not the element's box: the place rule only.
    const b = at('b', PAGE, 'email', moved);
    expect(candidates([a, b], 'a', { x: 600, y: 10, width: 50, height: 50 })).toEqual([
      { stepId: 'b', rect: { x: 600, y: 10, width: 50, height: 50 }, rule: 'place' },
    ]);
  });

  it('drops an element box outside that step’s screenshot', () => {
    const a = at('a', PAGE, 'email', field);
    const b = at('b', PAGE, 'email', { ...field, y: 900 });
    expect(candidates([a, b], 'a', field)).toEqual([]);
  });

  it('matches a region drawn on the element’s form or table (its recorded context) too', () => {
    const context = { x: 50, y: 250, width: 400, height: 200 };
    const a = { ...at('a', PAGE, 'email', field), target: { ...target('email', 'button', field), context } };
    const b = {
      ...at('b', PAGE, 'email', { ...field, y: 100 }),
      target: { ...target('email', 'button', { ...field, y: 100 }), context: { ...context, y: 50 } },
    };
    expect(candidates([a, b], 'a', context)).toEqual([
      { stepId: 'b', rect: { ...context, y: 50 }, rule: 'element' },
    ]);
  });
});

describe('overlap', () => {
  it('is intersection over union', () => {
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 0, width: 10, height: 10 })).toBeCloseTo(
      50 / 150,
    );
    expect(overlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 0, width: 5, height: 5 })).toBe(0);
  });
});

describe('surroundings', () => {
  const white: Rgb = { r: 255, g: 255, b: 255 };
  const ink: Rgb = { r: 20, g: 20, b: 40 };
  /** A band with text-like marks every fifth point. */
  const textured = (n: number, shift = 0): Rgb[] =>
    Array.from({ length: n }, (_, i) => ((i + shift) % 5 === 0 ? ink : white));

  it('samples a band around the region, inside the viewport, never inside the region', () => {
    const points = ringPoints(region, { width: 1000, height: 500 });
    expect(points.length).toBeGreaterThan(100);
    for (const p of points) {
      const g = RING_GAP;
      const inside =
        p.x >= region.x - g &&
        p.x < region.x + region.width + g &&
        p.y >= region.y - g &&
        p.y < region.y + region.height + g;
      expect(inside).toBe(false);
      expect(p.x).toBeGreaterThanOrEqual(region.x - RING_CSS);
      expect(p.y).toBeLessThanOrEqual(region.y + region.height + RING_CSS);
    }
    // At the viewport's corner the band is cut to what the screenshot shows.
    const corner = ringPoints({ x: 0, y: 0, width: 50, height: 20 }, { width: 1000, height: 500 });
    expect(corner.every((p) => p.x >= 0 && p.y >= 0)).toBe(true);
  });

  it('keeps the grid bounded for a large region', () => {
    expect(
      ringPoints({ x: 0, y: 0, width: 1000, height: 500 }, { width: 1920, height: 1080 }).length,
    ).toBeLessThan(2000);
  });

  it('matches the same surroundings, with anti-aliasing noise', () => {
    const a = textured(400);
    const b = a.map((c) => ({ r: Math.max(0, c.r - 10), g: c.g, b: c.b }));
    expect(sameSurroundings(a, b)).toBe(true);
  });

  it('refuses different surroundings (a scrolled page)', () => {
    expect(sameSurroundings(textured(400), textured(400, 2))).toBe(false);
  });

  /** Text on white: a mark at every 50th point (2 %), as a band beside a word has. */
  const sparse = (n: number, shift = 0): Rgb[] =>
    Array.from({ length: n }, (_, i) => ((i + shift) % 50 === 0 ? ink : white));

  it('matches sparse text on white when its marks are at the same points', () => {
    expect(plainBand(sparse(1000))).toBe(false);
    expect(sameSurroundings(sparse(1000), sparse(1000))).toBe(true);
  });

  it('refuses sparse text that moved, or a blank band where the source has text', () => {
    // 98 % of the points (the white) still agree: the marks decide.
    expect(sameSurroundings(sparse(1000), sparse(1000, 7))).toBe(false);
    const blank = Array.from({ length: 1000 }, () => white);
    expect(sameSurroundings(sparse(1000), blank)).toBe(false);
    // And text on the other step where the source is blank beside its marks.
    const more = sparse(1000).map((c, i) => (i % 50 === 25 ? ink : c));
    expect(sameSurroundings(sparse(1000), more)).toBe(false);
  });

  it('refuses a plain band: blank margins match anywhere', () => {
    const plain = Array.from({ length: 400 }, () => white);
    expect(plainBand(plain)).toBe(true);
    expect(sameSurroundings(plain, plain)).toBe(false);
    expect(plainBand(textured(400))).toBe(false);
  });
});
