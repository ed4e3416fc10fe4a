/** Small, readable procedures for the edit tests. */

import { type EditState, searchTextOf } from '../../../src/shared/edit';
import type { ClickStep, ManualStep, Procedure, Step, Target, TypeStep } from '../../../src/shared/model';
import { emptyIntro } from '../../../src/shared/model';

export const PROCEDURE_ID = 'proc-1';

export function target(
  name: string,
  role = 'button',
  rect = { x: 100, y: 50, width: 80, height: 20 },
): Target {
  return { role, name, tag: role === 'textbox' ? 'input' : 'button', selectors: [[`#${name}`]], rect };
}

const base = (id: string, position: number) => ({
  id,
  procedureId: PROCEDURE_ID,
  position,
  at: 1_700_000_000_000 + position,
  url: 'https://example.test/app',
  pageTitle: 'App',
  viewport: { width: 1000, height: 500, devicePixelRatio: 2 },
});

export function click(id: string, position: number, name = id): ClickStep {
  return {
    ...base(id, position),
    type: 'click',
    target: target(name),
    button: 'left',
    clickCount: 1,
    image: { imageId: `img-${id}`, mode: 'own', capturedAt: 1 },
  };
}

export function typed(id: string, position: number, value: string, field = 'Customer'): TypeStep {
  return {
    ...base(id, position),
    type: 'type',
    target: target(field, 'textbox'),
    value,
    secret: false,
    image: { imageId: `img-${id}`, mode: 'own', capturedAt: 1 },
  };
}

export function manual(id: string, position: number, text: string): ManualStep {
  const { viewport: _none, ...rest } = base(id, position);
  return { ...rest, type: 'manual', text };
}

export function procedure(title = 'Pay an invoice'): Procedure {
  return {
    id: PROCEDURE_ID,
    title,
    intro: emptyIntro(),
    createdAt: 1,
    updatedAt: 1,
    stepCount: 0,
    searchText: '',
    startUrl: 'https://example.test/',
    troubleshooting: [],
    access: [],
  };
}

/** A consistent state: derived fields computed the way the editor keeps them. */
export function stateOf(steps: Step[], title = 'Pay an invoice'): EditState {
  const p = procedure(title);
  return { procedure: { ...p, stepCount: steps.length, searchText: searchTextOf(title, steps) }, steps };
}

/** Three clicks A, B, C at positions 1000, 2000, 3000. */
export function abc(): EditState {
  return stateOf([click('a', 1000, 'Alpha'), click('b', 2000, 'Bravo'), click('c', 3000, 'Charlie')]);
}

export const ids = (state: EditState) => state.steps.map((s) => s.id);
