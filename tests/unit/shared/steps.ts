/** Minimal steps of every type, for sentence and convention tests. */
import type { Step, StepType, Target } from '../../../src/shared/model';

export function target(role: string, name: string, tag = 'div'): Target {
  return { role, name, tag, selectors: [['#x']], rect: { x: 10, y: 20, width: 100, height: 30 } };
}

const base = {
  id: 'step-1',
  procedureId: 'proc-1',
  position: 1,
  at: 1,
  url: 'https://example.test/invoices/new',
  pageTitle: 'New invoice',
};

/** One plausible step of each type; typed as a complete record so a new step type must be added here. */
export const SAMPLE_STEPS: Record<StepType, Step> = {
  click: { ...base, type: 'click', target: target('button', 'Save'), button: 'left', clickCount: 1 },
  type: { ...base, type: 'type', target: target('textbox', 'Customer'), secret: false, value: 'ACME' },
  select: { ...base, type: 'select', target: target('combobox', 'Country'), option: 'Germany', value: 'de' },
  check: { ...base, type: 'check', target: target('checkbox', 'Paid'), checked: true, control: 'checkbox' },
  key: { ...base, type: 'key', keys: ['Control', 's'] },
  navigate: { ...base, type: 'navigate', kind: 'load' },
  manual: { ...base, type: 'manual', text: 'Wait for the green tick' },
};

/** A step of the given type with fields replaced; the type parameter keeps the fields honest. */
export function step<T extends StepType>(type: T, fields: Partial<Extract<Step, { type: T }>> = {}): Step {
  return { ...SAMPLE_STEPS[type], ...fields } as Step;
}
