/** The steps the video tests lay out: a click on a 100×40 "Save" button at (1000, 600) of a 1280×800 page, captured at DPR 2. */
import type { ClickStep } from '../../../src/shared/model';

export const base = {
  id: 's1',
  procedureId: 'p1',
  position: 1,
  at: 0,
  url: 'https://app.example/',
  pageTitle: 'App',
};

export function saveClick(overrides: Partial<ClickStep> = {}): ClickStep {
  return {
    ...base,
    type: 'click',
    button: 'left',
    clickCount: 1,
    viewport: { width: 1280, height: 800, devicePixelRatio: 2 },
    target: {
      role: 'button',
      name: 'Save',
      tag: 'button',
      selectors: [],
      rect: { x: 1000, y: 600, width: 100, height: 40 },
    },
    ...overrides,
  };
}

/** The stored screenshot's size for that page. */
export const retinaImage = { width: 2560, height: 1600 };
