/** The HTML renderer: a pure function, checked by parsing its output as a browser would. */
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../src/shared/export/base64';
import type { ExportDocument, ExportImage } from '../../../src/shared/export/document';
import { renderHtml } from '../../../src/shared/export/html';
import { markerBox } from '../../../src/shared/geometry';
import type { Procedure, Step } from '../../../src/shared/model';
import { altText, sentence } from '../../../src/shared/text';
import { HOSTILE, makeJpeg, makePng, richSteps } from './fixtures';

const PID = 'p1';
const IMAGE_IDS = ['i0', 'i1', 'i2', 'i3'];

function procedure(over: Partial<Procedure> = {}): Procedure {
  return {
    id: PID,
    title: 'Send an invoice',
    intro: {
      purpose: 'Bill a customer.',
      prerequisites: 'A billing account.',
      result: 'The invoice is sent.',
    },
    createdAt: Date.UTC(2024, 4, 1),
    updatedAt: Date.UTC(2024, 4, 2),
    stepCount: 9,
    searchText: '',
    startUrl: 'https://invoices.example/',
    troubleshooting: [],
    access: [],
    ...over,
  };
}

function image(bytes: Uint8Array, type: ExportImage['type'], width: number, height: number): ExportImage {
  return { type, width, height, src: `data:${type};base64,${bytesToBase64(bytes)}` };
}

function images(): Map<string, ExportImage> {
  return new Map([
    ['i0', image(makePng(64, 36, 1), 'image/png', 64, 36)],
    ['i1', image(makePng(64, 36, 2), 'image/png', 64, 36)],
    ['i2', image(makeJpeg(64, 36), 'image/jpeg', 64, 36)],
  ]);
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function render(doc: Partial<ExportDocument> = {}): { html: string; dom: Document; steps: readonly Step[] } {
  const steps = doc.steps ?? richSteps(PID, IMAGE_IDS);
  const html = renderHtml({ procedure: procedure(), steps, images: images(), ...doc });
  return { html, dom: parse(html), steps };
}

/** Every step with every text field set to `text`, so escaping is checked field by field. */
function hostileSteps(text: string): Step[] {
  return richSteps(PID, IMAGE_IDS).map((step): Step => {
    const withText = {
      ...step,
      url: text,
      pageTitle: text,
      section: text,
      note: { kind: 'warning' as const, text },
      problem: { code: 'no-screenshot' as const, message: text },
      decision: { condition: text, otherwise: `${PID}-step-1` },
      ...('target' in step && step.target
        ? { target: { ...step.target, name: text, role: text, tag: text, selectors: [[text, text]] } }
        : {}),
    };
    switch (withText.type) {
      case 'type':
        return { ...withText, secret: false, secretKind: undefined, value: text, input: { label: text } };
      case 'select':
        return { ...withText, option: text, value: text };
      case 'key':
        return { ...withText, keys: [text] };
      case 'manual':
        return { ...withText, text, customText: text };
      default:
        return withText;
    }
  });
}

const HOSTILE_TEXTS = [
  HOSTILE,
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
  '</template><img src=x onerror=alert(1)>',
  '</style><style>body{background:url(https://evil.example/x)}</style>',
  '<!-- --><a href="javascript:alert(1)">x</a>',
];

describe('renderHtml escaping', () => {
  for (const text of HOSTILE_TEXTS) {
    it(`keeps ${JSON.stringify(text)} as text in every field`, () => {
      const intro = { purpose: text, prerequisites: text, result: text };
      const html = renderHtml({
        procedure: procedure({
          title: text,
          intro,
          startUrl: text,
          troubleshooting: [{ problem: text, whatToDo: text }],
          access: [{ what: text, sentSeparately: true }],
        }),
        steps: hostileSteps(text),
        images: images(),
      });
      const dom = parse(html);
      expect(html).not.toMatch(/<script/i);
      expect(dom.querySelectorAll('script, iframe, object, embed, link, base, form').length).toBe(0);
      for (const el of dom.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames())
          expect(attr, `<${el.tagName}> attribute`).not.toMatch(/^on/i);
        const url = el.getAttribute('src') ?? el.getAttribute('href');
        if (url !== null) expect(url).toMatch(/^(data:image\/(png|jpeg|webp);base64,|#[\w-]+$)/);
      }
      expect(dom.querySelectorAll('style').length).toBe(1);
      expect(dom.querySelectorAll('template').length).toBe(1);
      expect(dom.querySelector('h1')?.textContent).toBe(text.trim());
      expect(dom.title).toBe(text.trim());
      // The text survives intact where a reader sees it.
      const labels = [...dom.querySelectorAll('.sentence')].map((l) => l.textContent);
      expect(labels[7]).toBe(text.trim());
      expect(dom.querySelector('.callout-warning')?.textContent).toBe(`Warning: ${text}`);
      // And the embedded data reads back unchanged.
      const data = JSON.parse(dom.querySelector('template')?.content.textContent ?? '');
      expect(data.procedure.title).toBe(text);
      expect(data.steps[2].input.label).toBe(text);
      // Decisions, troubleshooting and access are text too, and their links stay in the page.
      const decisions = [...dom.querySelectorAll('.callout-decision')].map((d) => d.textContent);
      expect(decisions).toHaveLength(9);
      expect(decisions[3]).toBe(`Decision: If ${text.trim()}: do this step; otherwise go to step 1.`);
      expect(dom.querySelector('.callout-decision a')?.getAttribute('href')).toBe('#step-1');
      expect(dom.querySelector('ul.access li')?.textContent).toBe(
        `${text.trim()} (password or key sent to you separately)`,
      );
      expect([...dom.querySelectorAll('.trouble p')].map((p) => p.textContent)).toEqual([
        `Problem: ${text.trim()}`,
        `What to do: ${text.trim()}`,
      ]);
      expect(data.steps[3].decision).toEqual({ condition: text, otherwise: 0 });
      expect(data.procedure.troubleshooting).toEqual([{ problem: text, whatToDo: text }]);
      expect(data.procedure.access).toEqual([{ what: text, sentSeparately: true }]);
    });
  }
});

describe('renderHtml structure', () => {
  it('declares a strict CSP whose style hash matches the one stylesheet', async () => {
    const { dom } = render();
    const csp =
      dom.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const css = dom.querySelector('style')?.textContent ?? '';
    const digest = new Uint8Array(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    expect(csp).toBe(
      `default-src 'none'; img-src data:; style-src 'sha256-${Buffer.from(digest).toString('base64')}'; base-uri 'none'; form-action 'none'`,
    );
    expect(dom.querySelectorAll('[style]').length).toBe(0);
  });

  it('lists one <li> per step, in order, numbered continuously across sections', () => {
    const { dom, steps } = render();
    const items = [...dom.querySelectorAll('ol.steps > li')];
    expect(items.map((li) => li.id)).toEqual(steps.map((_, i) => `step-${i + 1}`));
    expect(items.map((li) => li.querySelector('.sentence')?.textContent)).toEqual(
      steps.map((s) => sentence(s)),
    );
    const lists = [...dom.querySelectorAll('ol.steps')];
    expect(lists.map((ol) => ol.getAttribute('start'))).toEqual(['1', '5']);
    expect(
      [...dom.querySelectorAll('section[aria-labelledby="steps"] h3')].map((h) => h.textContent),
    ).toEqual(['Open the invoice', 'Fill in the details']);
  });

  it('gives every step a real checkbox with a label', () => {
    const { dom } = render();
    for (const li of dom.querySelectorAll('ol.steps > li')) {
      const box = li.querySelector('input[type="checkbox"]');
      expect(box).not.toBeNull();
      expect(li.querySelector(`label[for="${box?.id}"]`)?.textContent).toBeTruthy();
    }
  });

  it('shows screenshots as data: URIs with alt text, and marks the element over them', () => {
    const { dom, steps } = render();
    const css = dom.querySelector('style')?.textContent ?? '';
    steps.forEach((step, i) => {
      const li = dom.getElementById(`step-${i + 1}`)!;
      const img = li.querySelector('img');
      const shown = step.image && images().get(step.image.imageId);
      if (!shown) {
        expect(img, `step ${i + 1}`).toBeNull();
        return;
      }
      expect(img?.getAttribute('src')).toBe(shown.src);
      expect(img?.getAttribute('alt')).toBe(altText(step, i));
      const box = markerBox(step);
      if (!box) {
        expect(li.querySelector('.marker'), `step ${i + 1}`).toBeNull();
        return;
      }
      expect(li.querySelector(`.marker.m-${i + 1}`)).not.toBeNull();
      expect(css).toContain(
        `.m-${i + 1}{left:${box.left}%;top:${box.top}%;width:${box.width}%;height:${box.height}%}`,
      );
    });
    // Steps 1, 2, 3 and 9 (sharing step 2's); step 5's image i3 was not supplied, the rest have none.
    expect([...dom.querySelectorAll('img')].map((img) => img.closest('li')?.id)).toEqual([
      'step-1',
      'step-2',
      'step-3',
      'step-9',
    ]);
  });

  it('draws no marker when it is hidden', () => {
    const steps = richSteps(PID, IMAGE_IDS).map((s) => ({ ...s, marker: { hidden: true } }));
    const { dom } = render({ steps });
    expect(dom.querySelectorAll('.marker').length).toBe(0);
    expect(dom.querySelector('style')?.textContent).not.toMatch(/\.m-\d/);
  });

  it('labels notes, tips and warnings in words, each styled differently', () => {
    const { dom } = render();
    expect(dom.querySelector('#step-2 .callout-tip')?.textContent).toBe('Tip: The button is at the bottom.');
    expect(dom.querySelector('#step-7 .callout-warning')?.textContent).toBe(
      'Warning: This sends the invoice at once.',
    );
    expect(dom.querySelector('#step-4 .callout-problem')?.textContent).toBe(
      'Recording problem: The screenshot quota was used up.',
    );
    const note = richSteps(PID, IMAGE_IDS).map((s) => ({
      ...s,
      note: { kind: 'note' as const, text: 'Mind.' },
    }));
    expect(render({ steps: note }).dom.querySelector('#step-1 .callout-note')?.textContent).toBe(
      'Note: Mind.',
    );
  });

  it('has a table of contents whose links all lead somewhere', () => {
    const { dom } = render();
    const links = [...dom.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#introduction', '#inputs', '#steps', '#section-1', '#section-2']);
    for (const href of links) expect(dom.getElementById(href!.slice(1)), href!).not.toBeNull();
  });

  it('lists steps in the contents when there are no sections', () => {
    const steps = richSteps(PID, IMAGE_IDS).map(({ section: _none, ...s }) => s as Step);
    const links = [...render({ steps }).dom.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links.slice(2)).toEqual(['#steps', ...steps.map((_, i) => `#step-${i + 1}`)]);
  });

  it('shows the introduction parts that are filled, and omits an empty introduction', () => {
    const { dom } = render();
    expect(
      [...dom.querySelectorAll('section[aria-labelledby="introduction"] h3')].map((h) => h.textContent),
    ).toEqual(['Purpose', 'What you need before starting', 'Expected result']);
    const empty = renderHtml({
      procedure: procedure({ intro: { purpose: '', prerequisites: ' ', result: '' } }),
      steps: [],
      images: new Map(),
    });
    expect(parse(empty).getElementById('introduction')).toBeNull();
    expect(parse(empty).querySelector('#steps + p')?.textContent).toBe('This procedure has no steps yet.');
  });

  it('lists the inputs with their recorded example, never a secret', () => {
    const steps = richSteps(PID, IMAGE_IDS).map((s) =>
      s.type === 'type' && s.secret ? { ...s, input: { label: 'Password' } } : s,
    );
    const rows = [
      ...render({ steps }).dom.querySelectorAll('section[aria-labelledby="inputs"] tbody tr'),
    ].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Customer name', 'ACME Ltd', 'Step 3'],
      ['Password', 'Secret: not recorded', 'Step 4'],
    ]);
  });

  it('has a print stylesheet that keeps steps whole and images within the page', () => {
    const css = render().dom.querySelector('style')?.textContent ?? '';
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.step\{[^}]*break-inside:avoid/);
    expect(print).toMatch(/img\{[^}]*max-width:100%/);
  });

  it('is deterministic', () => {
    expect(render().html).toBe(render().html);
  });
});

describe('renderHtml snapshot', () => {
  it('renders a one-step procedure', () => {
    const step: Step = {
      id: 's1',
      procedureId: PID,
      position: 1,
      at: 0,
      url: 'https://a.example/',
      pageTitle: 'A',
      type: 'click',
      button: 'left',
      clickCount: 1,
      target: {
        role: 'button',
        name: 'Save',
        tag: 'button',
        selectors: [['#save']],
        rect: { x: 1, y: 1, width: 2, height: 1 },
      },
      viewport: { width: 4, height: 2, devicePixelRatio: 1 },
      image: { imageId: 'i', mode: 'own', capturedAt: 0 },
    };
    const html = renderHtml({
      procedure: procedure({ title: 'Save', intro: { purpose: '', prerequisites: '', result: '' } }),
      steps: [step],
      images: new Map([['i', { type: 'image/png', width: 4, height: 2, src: 'data:image/png;base64,AAAA' }]]),
    });
    expect(html.slice(html.indexOf('<body>'))).toMatchInlineSnapshot(`
      "<body>
      <main>
      <header><h1>Save</h1><p class="meta">1 step, recorded 2024-05-01 from <span class="url">https://invoices.example/</span>.</p>
      <p>Follow the steps in order and tick each one when it is done.</p></header>
      <nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ol><li><a href="#steps">Steps</a><ol><li><a href="#step-1">Click &quot;Save&quot;</a></li></ol></li></ol></nav>
      <section aria-labelledby="steps"><h2 id="steps">Steps</h2><ol class="steps" start="1"><li id="step-1" class="step"><div class="head"><input type="checkbox" id="done-1" class="done"><label for="done-1" class="sentence">Click &quot;Save&quot;</label></div><p class="page">Page: A <span class="url">https://a.example/</span></p><figure class="shot"><div class="frame"><img src="data:image/png;base64,AAAA" width="4" height="2" alt="Step 1: Click &quot;Save&quot;" data-image-id="image-001"><span class="marker m-1" aria-hidden="true"></span></div></figure><details><summary>Technical details</summary><dl class="tech"><dt>Action</dt><dd>click</dd><dt>Element</dt><dd>button, role button, name &quot;Save&quot;</dd><dt>Selectors</dt><dd><ul><li><code>#save</code></li></ul></dd><dt>Address</dt><dd class="url">https://a.example/</dd></dl></details></li></ol></section>
      </main>
      <template id="handoff-data">{
        "format": "handoff",
        "version": 2,
        "procedure": {
          "title": "Save",
          "intro": {
            "purpose": "",
            "prerequisites": "",
            "result": ""
          },
          "createdAt": 1714521600000,
          "startUrl": "https://invoices.example/",
          "troubleshooting": [],
          "access": []
        },
        "steps": [
          {
            "type": "click",
            "button": "left",
            "clickCount": 1,
            "target": {
              "role": "button",
              "name": "Save",
              "tag": "button",
              "selectors": [
                [
                  "#save"
                ]
              ],
              "rect": {
                "x": 1,
                "y": 1,
                "width": 2,
                "height": 1
              }
            },
            "at": 0,
            "url": "https://a.example/",
            "pageTitle": "A",
            "image": {
              "imageId": "image-001",
              "mode": "own",
              "capturedAt": 0
            },
            "viewport": {
              "width": 4,
              "height": 2,
              "devicePixelRatio": 1
            }
          }
        ],
        "images": [
          {
            "id": "image-001",
            "path": "images/image-001.png",
            "width": 4,
            "height": 2,
            "type": "image/png"
          }
        ]
      }
      </template>
      </body>
      </html>
      "
    `);
  });
});

describe('renderHtml with an image it cannot show', () => {
  it('leaves it out of both the page and the embedded data', () => {
    const bad = images();
    bad.set('i0', { ...bad.get('i0')!, src: 'https://evil.example/x.png' });
    const { dom } = render({ images: bad });
    expect(dom.querySelector('#step-1 img')).toBeNull();
    const data = JSON.parse(dom.querySelector('template')?.content.textContent ?? '');
    expect(data.steps[0].image).toBeUndefined();
    expect(data.images.map((i: { id: string }) => i.id)).toEqual(['image-001', 'image-002']);
    expect(dom.querySelector('#step-2 img')?.getAttribute('data-image-id')).toBe('image-001');
  });
});
