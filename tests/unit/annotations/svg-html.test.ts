/**
 * Annotations in the HTML export: inline SVG over the screenshot, in the screenshot's CSS pixels,
 * moved with a focused crop, without script or style attributes; callout text stays literal.
 */
import { describe, expect, it } from 'vitest';
import { annotationsSvg } from '../../../src/shared/annotations/svg';
import type { ExportImage } from '../../../src/shared/export/document';
import { renderHtml } from '../../../src/shared/export/html';
import { focusView } from '../../../src/shared/focus';
import type { Annotation, Procedure, Step } from '../../../src/shared/model';

const VIEWPORT = { width: 1280, height: 800, devicePixelRatio: 2 };
const IMAGE: ExportImage = {
  type: 'image/png',
  width: 2560,
  height: 1600,
  src: 'data:image/png;base64,AAAA',
};
const HOSTILE = '</svg><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"';

const procedure: Procedure = {
  id: 'p',
  title: 'Pay',
  intro: { purpose: '', prerequisites: '', result: '' },
  createdAt: 0,
  updatedAt: 0,
  stepCount: 1,
  searchText: '',
  startUrl: 'https://a.example/',
  troubleshooting: [],
  access: [],
};

const annotations: Annotation[] = [
  { kind: 'arrow', from: { x: 400, y: 300 }, to: { x: 498, y: 318 }, colour: 'red' },
  { kind: 'callout', at: { x: 600, y: 280 }, text: HOSTILE, colour: 'blue' },
  { kind: 'badge', at: { x: 490, y: 300 }, number: 2, colour: 'green' },
];

function step(over: Partial<Step> = {}): Step {
  return {
    id: 's1',
    procedureId: 'p',
    position: 1,
    at: 1,
    url: 'https://a.example/',
    pageTitle: 'A',
    viewport: VIEWPORT,
    image: { imageId: 'img', mode: 'own', capturedAt: 0 },
    type: 'click',
    button: 'left',
    clickCount: 1,
    target: {
      role: 'button',
      name: 'Pay',
      tag: 'button',
      selectors: [['#pay']],
      rect: { x: 500, y: 300, width: 90, height: 36 },
    },
    annotations,
    ...over,
  } as Step;
}

function render(s: Step) {
  const html = renderHtml({ procedure, steps: [s], images: new Map([['img', IMAGE]]) });
  const dom = new DOMParser().parseFromString(html, 'text/html');
  return { html, dom, css: dom.querySelector('style')?.textContent ?? '' };
}

describe('annotations as SVG', () => {
  it('writes nothing without annotations or a viewport', () => {
    expect(annotationsSvg(undefined, VIEWPORT)).toBe('');
    expect(annotationsSvg([], VIEWPORT)).toBe('');
    expect(annotationsSvg(annotations, undefined)).toBe('');
  });

  it('spans the viewport in CSS pixels and hides itself from screen readers', () => {
    const svg = annotationsSvg(annotations, VIEWPORT);
    expect(svg).toMatch(/^<svg class="ann" [^>]*viewBox="0 0 1280 800"/);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg.match(/<g>/g)?.length).toBe(3);
  });

  it('escapes callout text: the hostile string is one text node, read back literally', () => {
    const svg = annotationsSvg(annotations, VIEWPORT);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    const dom = new DOMParser().parseFromString(`<div>${svg}</div>`, 'text/html');
    const texts = [...dom.querySelectorAll('svg text')].map((t) => t.textContent).join(' ');
    // Wrapped into lines, but every character of the hostile text survives as text.
    expect(texts.replace(/\s+/g, '')).toContain(HOSTILE.replace(/\s+/g, ''));
    expect(dom.querySelectorAll('script, img').length).toBe(0);
  });
});

describe('annotations in the HTML export', () => {
  it('lays the SVG over the screenshot, with no script or style attribute anywhere', () => {
    const { dom } = render(step({ view: 'full' }));
    const svg = dom.querySelector('#step-1 .frame svg.ann');
    expect(svg).not.toBeNull();
    expect(svg?.previousElementSibling?.tagName).toBe('IMG');
    expect(dom.querySelectorAll('script').length).toBe(0);
    expect(dom.querySelectorAll('[style]').length).toBe(0);
    expect(
      [...dom.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on'))),
    ).toBe(false);
  });

  it('places the layer of a focused view as its image is placed, and whole when the full view opens', () => {
    const s = step();
    const { css } = render(s);
    const c = focusView(s, IMAGE)!.crop;
    const n4 = (n: number) => String(Math.round(n * 10000) / 10000);
    expect(css).toContain(
      `.f-1 .ann{width:${n4((IMAGE.width / c.width) * 100)}%;height:auto;aspect-ratio:${IMAGE.width}/${IMAGE.height};left:${n4((-c.x / c.width) * 100)}%;top:${n4((-c.y / c.height) * 100)}%}`,
    );
    expect(css).toContain('.full-toggle[open]~.focus .ann{left:0;top:0;width:100%;height:100%}');
  });

  it('names the annotations in the alt text, the callout quoted', () => {
    const { dom } = render(
      step({
        annotations: [
          annotations[0]!,
          { kind: 'callout', at: { x: 600, y: 280 }, text: 'Check the total', colour: 'blue' },
        ],
      }),
    );
    expect(dom.querySelector('#step-1 img')?.getAttribute('alt')).toBe(
      'Step 1: Click "Pay". Marked on the screenshot: an arrow to the marked element; a callout "Check the total".',
    );
  });

  it('keeps annotations in the embedded Handoff data', () => {
    const { dom } = render(step());
    const data = JSON.parse(dom.querySelector('template')?.innerHTML ?? '{}');
    expect(data.steps[0].annotations).toEqual(annotations);
  });
});
