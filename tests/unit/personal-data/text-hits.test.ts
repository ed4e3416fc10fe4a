/**
 * The recorder's text index (content/text-hits.ts): every text node is read once, then only what
 * changed (text rewritten in place, nodes added), and removed nodes are forgotten.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopTextWatch, type TextHits, textHits } from '../../../src/content/text-hits';
import { DETECTED_KINDS, findPersonalData } from '../../../src/shared/personal-data/index';

const kinds = new Set(DETECTED_KINDS);

function found({ hits }: TextHits): string[] {
  return [...hits]
    .flatMap(([node, list]) => list.map((m) => `${m.kind}:${node.data.slice(m.start, m.end)}`))
    .sort();
}

afterEach(() => {
  stopTextWatch();
  document.body.innerHTML = '';
});

describe('textHits', () => {
  it('finds matches, then reads only the text that changed', async () => {
    document.body.innerHTML =
      '<table><tr><td>ada@analytical.example</td><td id="phone">none yet</td></tr></table><p>Order #10023456</p><script>var x = "a@b.example";</script>';
    const detect = vi.fn((text: string) => findPersonalData(text, kinds));
    expect(found(textHits(document, 'k', detect))).toEqual(['email:ada@analytical.example']);
    const reads = detect.mock.calls.length;

    // Nothing changed: nothing is read again.
    textHits(document, 'k', detect);
    expect(detect.mock.calls.length).toBe(reads);

    // Text rewritten in place (no childList change) and a row added.
    document.getElementById('phone')!.firstChild!.nodeValue = '+44 20 7946 0958';
    document.querySelector('table')!.insertAdjacentHTML('beforeend', '<tr><td>grace@cobol.example</td></tr>');
    expect(found(textHits(document, 'k', detect))).toEqual([
      'email:ada@analytical.example',
      'email:grace@cobol.example',
      'phone:+44 20 7946 0958',
    ]);
    expect(detect.mock.calls.length).toBe(reads + 2);

    // A removed row is forgotten.
    document.querySelector('tr')!.remove();
    expect(found(textHits(document, 'k', detect))).toEqual(['email:grace@cobol.example']);
  });

  it('measures only what may be on screen: an element reported far away is skipped', () => {
    document.body.innerHTML = '<p id="near">ada@analytical.example</p><p id="far">grace@cobol.example</p>';
    const index = textHits(document, 'k', (t) => findPersonalData(t, kinds));
    const node = (id: string) => document.getElementById(id)!.firstChild as Text;
    // Not reported yet: measured (fail closed).
    expect(index.mayShow(node('near'))).toBe(true);
    expect(index.mayShow(node('far'))).toBe(true);
  });

  it('reads everything again when the rules change', () => {
    document.body.innerHTML = '<p>ada@analytical.example, +44 20 7946 0958</p>';
    expect(found(textHits(document, 'all', (t) => findPersonalData(t, kinds)))).toHaveLength(2);
    expect(
      found(textHits(document, 'phones', (t) => findPersonalData(t, new Set(['phone'] as const)))),
    ).toEqual(['phone:+44 20 7946 0958']);
  });
});
