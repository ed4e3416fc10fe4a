/** The plain-text fast path gives the same names as the full accessible-name algorithm. */
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName } from '../../../src/content/describe';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('accessibleName', () => {
  it.each([
    '<button>Save   invoice</button>',
    '<a href="#">Open\n report</a>',
    '<button aria-label="Close dialog">×</button>',
    '<button title="Delete">🗑</button>',
    '<button><span>Pay</span> now</button>',
    '<button><span style="display:none">Hidden</span>Shown</button>',
    '<table><tr><td>Office Depot</td></tr></table>',
  ])('%s', (html) => {
    document.body.innerHTML = html;
    const element = document.body.querySelector('button, a, td')!;
    expect(accessibleName(element)).toBe(computeAccessibleName(element).trim());
  });
});
