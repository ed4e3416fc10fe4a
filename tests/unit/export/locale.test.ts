/**
 * The exports are written in the language the person chose for them, and say how long the task
 * took when it was recorded. Messages are passed in: the renderers read no browser API.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/shared/export/html';
import { renderMarkdown } from '../../../src/shared/export/markdown';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import type { Procedure } from '../../../src/shared/model';
import { richSteps } from './fixtures';

const procedure: Procedure = {
  id: 'p',
  title: 'Rechnung senden',
  intro: { purpose: 'Einem Kunden eine Rechnung stellen.', prerequisites: '', result: '' },
  createdAt: Date.UTC(2024, 4, 1),
  updatedAt: Date.UTC(2024, 4, 1),
  stepCount: 9,
  searchText: '',
  startUrl: 'https://invoices.example/',
  troubleshooting: [],
  access: [],
};
// Nine steps a second apart, one of them written by hand: eight recorded actions.
const steps = richSteps('p', ['a', 'b', 'c', 'd']);
const de = catalogMessages('de');

function text(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

describe('HTML export in German', () => {
  const html = renderHtml({ procedure, steps, images: new Map(), messages: de });
  const body = text(html);

  it('marks the document as German and uses German headings and step sentences', () => {
    expect(html).toContain('<html lang="de">');
    expect(body).toContain(
      '9 Schritte, aufgezeichnet am 2024-05-01, beginnend auf https://invoices.example/.',
    );
    for (const heading of ['Inhalt', 'Einleitung', 'Zweck', 'Eingaben', 'Schritte', 'Technische Details'])
      expect(body).toContain(heading);
    expect(body).toContain('Auf „Save invoice“ klicken');
    expect(body).toContain('Ihr Passwort in „Password“ eingeben');
  });

  it('says how long the task took, in the header', () => {
    const meta = new DOMParser().parseFromString(html, 'text/html').querySelector('header .meta');
    expect(meta?.textContent).toMatch(/Die Aufgabe dauerte bei der Aufzeichnung \d+ Sekunden\./);
  });

  it('leaves no English heading or sentence behind', () => {
    for (const english of [
      'Contents',
      'Introduction',
      'Steps',
      'Technical details',
      'Follow the steps',
      'Click ',
      'Type your',
    ])
      expect(body).not.toContain(english);
  });
});

describe('HTML export in English (the default)', () => {
  it('says how long the task took in the header', () => {
    const html = renderHtml({ procedure, steps, images: new Map() });
    expect(html).toContain('<html lang="en">');
    const meta = new DOMParser().parseFromString(html, 'text/html').querySelector('header .meta');
    expect(meta?.textContent).toMatch(
      /^9 steps, recorded 2024-05-01 from https:\/\/invoices\.example\/\. Doing the task took \d+ seconds when it was recorded\.$/,
    );
  });

  it('says nothing about time when fewer than two actions were recorded', () => {
    const html = renderHtml({ procedure, steps: steps.slice(0, 1), images: new Map() });
    expect(text(html)).not.toContain('Doing the task took');
  });
});

describe('Markdown export in German', () => {
  const md = renderMarkdown({
    title: procedure.title,
    intro: procedure.intro,
    steps,
    imagePaths: new Map(),
    messages: de,
  });

  it('has the duration under the title and German headings, labels and sentences', () => {
    expect(md).toMatch(
      /^# Rechnung senden\n\nDie Aufgabe dauerte bei der Aufzeichnung \d+ Sekunden\.\n\n## Einleitung\n\n### Zweck\n\n/,
    );
    expect(md).toContain('## Schritte');
    expect(md).toContain('## Eingaben');
    expect(md).toContain('(Schritt 3)');
    expect(md).not.toMatch(/\bStep \d|Recording problem|Introduction/);
  });
});
