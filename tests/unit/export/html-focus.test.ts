/**
 * The HTML export's focused view: each focused step shows its one image cropped by CSS, with a
 * script-free `<details>` that switches it to the whole screenshot; the person's choice of full
 * (per step or for the procedure) is honoured; Go-to steps show the whole page.
 */
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../src/shared/export/base64';
import type { ExportImage } from '../../../src/shared/export/document';
import { renderHtml } from '../../../src/shared/export/html';
import { sha256 } from '../../../src/shared/export/sha256';
import { focusView } from '../../../src/shared/focus';
import { markerBox } from '../../../src/shared/geometry';
import type { Procedure, Step } from '../../../src/shared/model';

const VIEWPORT = { width: 1280, height: 800, devicePixelRatio: 2 };
const IMAGE: ExportImage = {
  type: 'image/png',
  width: 2560,
  height: 1600,
  src: 'data:image/png;base64,AAAA',
};

const procedure = (over: Partial<Procedure> = {}): Procedure => ({
  id: 'p',
  title: 'Sign in',
  intro: { purpose: '', prerequisites: '', result: '' },
  createdAt: 0,
  updatedAt: 0,
  stepCount: 3,
  searchText: '',
  startUrl: 'https://a.example/',
  troubleshooting: [],
  access: [],
  ...over,
});

const base = (n: number) => ({
  id: `s${n}`,
  procedureId: 'p',
  position: n,
  at: n,
  url: 'https://a.example/',
  pageTitle: 'A',
  viewport: VIEWPORT,
  image: { imageId: 'img', mode: 'own' as const, capturedAt: 0 },
});

function steps(over: Partial<Step>[] = []): Step[] {
  const list: Step[] = [
    { ...base(1), type: 'navigate', kind: 'load' },
    {
      ...base(2),
      type: 'type',
      secret: true,
      secretKind: 'password',
      target: {
        role: 'textbox',
        name: 'Password',
        tag: 'input',
        selectors: [['#password']],
        rect: { x: 500, y: 300, width: 240, height: 32 },
        context: { x: 460, y: 180, width: 360, height: 300 },
      },
    },
    {
      ...base(3),
      type: 'click',
      button: 'left',
      clickCount: 1,
      target: {
        role: 'button',
        name: 'Sign in',
        tag: 'button',
        selectors: [['#go']],
        rect: { x: 500, y: 420, width: 90, height: 36 },
      },
    },
  ];
  return list.map((s, i) => ({ ...s, ...(over[i] ?? {}) }) as Step);
}

function render(list: Step[], p = procedure()) {
  const html = renderHtml({ procedure: p, steps: list, images: new Map([['img', IMAGE]]) });
  const dom = new DOMParser().parseFromString(html, 'text/html');
  return { html, dom, css: dom.querySelector('style')?.textContent ?? '' };
}

const focusedSteps = (dom: Document) =>
  [...dom.querySelectorAll('.frame.focus')].map((f) => f.closest('li')?.id);

describe('focused screenshots in the HTML export', () => {
  it('focuses action steps by default and shows Go-to steps whole', () => {
    const { dom } = render(steps());
    expect(focusedSteps(dom)).toEqual(['step-2', 'step-3']);
    expect(dom.querySelector('#step-1 .full-toggle')).toBeNull();
  });

  it('carries each screenshot once: the full view is the same image, switched by a details element', () => {
    const { dom } = render(steps());
    const li = dom.getElementById('step-2')!;
    expect(li.querySelectorAll('img').length).toBe(1);
    const details = li.querySelector('figure > details.full-toggle')!;
    expect(details.querySelector('summary')?.textContent).toBe('Full screenshot');
    expect(details.hasAttribute('open')).toBe(false);
    // The sibling selector needs the details before the frame.
    expect(details.nextElementSibling?.classList.contains('focus')).toBe(true);
    expect(dom.querySelectorAll('[style]').length).toBe(0);
    expect(dom.querySelectorAll('script').length).toBe(0);
  });

  it('crops by the focus geometry, with the marker placed within the crop and over the whole image', () => {
    const list = steps();
    const { css } = render(list);
    const focus = focusView(list[2]!, IMAGE)!;
    const c = focus.crop;
    expect(css).toContain(`aspect-ratio:${c.width}/${c.height}`);
    const width = Math.round((IMAGE.width / c.width) * 100 * 10000) / 10000;
    expect(css).toContain(`.f-3 img{width:${width}%;`);
    const m = focus.marker!;
    expect(css).toContain(`.f-3 .m-3{left:${m.left}%;top:${m.top}%;width:${m.width}%;height:${m.height}%}`);
    const full = markerBox(list[2]!)!;
    expect(css).toContain(
      `.full-toggle[open]~.f-3 .m-3{display:block;left:${full.left}%;top:${full.top}%;width:${full.width}%;height:${full.height}%}`,
    );
  });

  it('allows its stylesheet by hash, focus rules included', () => {
    const { dom, css } = render(steps());
    const csp = dom.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    const hash = bytesToBase64(sha256(new TextEncoder().encode(css)));
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(css).toContain('.full-toggle[open]~.focus img{');
  });

  it('shows a step the person switched to full whole, with no switch', () => {
    const { dom, css } = render(steps([{}, { view: 'full' }]));
    expect(focusedSteps(dom)).toEqual(['step-3']);
    expect(dom.querySelector('#step-2 .full-toggle')).toBeNull();
    expect(css).not.toContain('.f-2');
  });

  it('shows every step whole when the procedure says full, except a step that chose focused', () => {
    expect(focusedSteps(render(steps(), procedure({ view: 'full' })).dom)).toEqual([]);
    const mixed = render(steps([{}, {}, { view: 'focused' }]), procedure({ view: 'full' }));
    expect(focusedSteps(mixed.dom)).toEqual(['step-3']);
  });

  it('hides the focused marker when it falls outside the crop but keeps it for the full view', () => {
    // The marker was moved far from the element: the focus follows the moved marker, so it stays in.
    const moved = steps([
      {},
      {},
      { marker: { hidden: false, rect: { x: 10, y: 10, width: 90, height: 36 } } },
    ]);
    const { css } = render(moved);
    expect(css).toMatch(/\.f-3 \.m-3\{left:/);
    // Hidden: no marker in either view.
    const hidden = render(steps([{}, {}, { marker: { hidden: true } }]));
    expect(hidden.css).not.toContain('.m-3');
    expect(hidden.dom.querySelector('#step-3 .marker')).toBeNull();
  });

  it('carries the view choices in the embedded data for import', () => {
    const { dom } = render(steps([{}, { view: 'full' }]), procedure({ view: 'full' }));
    const data = JSON.parse(dom.querySelector('template')!.innerHTML.replace(/\\u003c/g, '<'));
    expect(data.procedure.view).toBe('full');
    expect(data.steps[1].view).toBe('full');
    expect(data.steps[1].target.context).toEqual({ x: 460, y: 180, width: 360, height: 300 });
  });
});
