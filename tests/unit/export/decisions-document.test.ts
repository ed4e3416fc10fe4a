/**
 * What every export format (HTML, Markdown, Word) is handed for decisions and the two lists:
 * blank entries left out, words trimmed, a decision's link read as its step's number, and a
 * decision whose condition is blank not shown at all (it would read "If : …").
 */
import { describe, expect, it } from 'vitest';
import {
  shownAccess,
  shownDecision,
  shownTroubleshooting,
  stepNumbers,
} from '../../../src/shared/export/document';
import { renderHtml } from '../../../src/shared/export/html';
import { catalogMessages } from '../../../src/shared/i18n/catalog';
import { click, procedure } from '../edit/fixtures';

const steps = [click('a', 1), click('b', 2), click('c', 3)];
const numbers = stepNumbers(steps);

describe('the export document’s decisions and lists', () => {
  it('resolves a decision’s link to the step’s number, and drops a link to a step not exported', () => {
    expect(
      shownDecision({ ...steps[0]!, decision: { condition: ' paid ', otherwise: 'c' } }, numbers),
    ).toEqual({
      condition: 'paid',
      otherwiseNumber: 3,
    });
    expect(
      shownDecision({ ...steps[0]!, decision: { condition: 'paid', otherwise: 'gone' } }, numbers),
    ).toEqual({
      condition: 'paid',
    });
    expect(
      shownDecision({ ...steps[0]!, decision: { condition: '  ', otherwise: 'c' } }, numbers),
    ).toBeUndefined();
    expect(shownDecision(steps[0]!, numbers)).toBeUndefined();
  });

  it('leaves out blank troubleshooting entries and access items, and trims the rest', () => {
    const p = {
      ...procedure(),
      troubleshooting: [
        { problem: ' ', whatToDo: '' },
        { problem: ' Locked out ', whatToDo: '' },
      ],
      access: [
        { what: '', sentSeparately: true },
        { what: ' VPN ', sentSeparately: true },
      ],
    };
    expect(shownTroubleshooting(p)).toEqual([{ problem: 'Locked out', whatToDo: '' }]);
    expect(shownAccess(p)).toEqual([{ what: 'VPN', sentSeparately: true }]);
    // A record read before migration 4 ran has no lists: nothing to show, no error.
    const { troubleshooting: _t, access: _a, ...old } = p;
    expect(shownAccess(old as typeof p)).toEqual([]);
  });

  it('writes them in the language chosen for the file', () => {
    const html = renderHtml({
      procedure: { ...procedure(), access: [{ what: 'VPN', sentSeparately: true }] },
      steps: [
        { ...steps[0]!, decision: { condition: 'der Kunde neu ist', otherwise: 'c' } },
        steps[1]!,
        steps[2]!,
      ],
      images: new Map(),
      messages: catalogMessages('de'),
    });
    expect(html).toContain(
      '<strong>Entscheidung:</strong> Wenn der Kunde neu ist: diesen Schritt ausführen; sonst weiter mit <a href="#step-3">Schritt 3</a>.',
    );
    expect(html).toContain('<h2 id="access">Benötigte Zugänge</h2>');
    expect(html).toContain('<em>(Passwort oder Schlüssel erhalten Sie separat)</em>');
  });
});
