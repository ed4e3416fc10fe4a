/** Step sentences. Pure: the same step always reads the same way, in the editor and in exports. */
import type { Step, Target, TypeStep } from './model';

/** Longest label quoted in a sentence; a 10,000-character label would drown the step. */
export const MAX_LABEL = 80;
const MAX_VALUE = 120;

/** Collapses white space and shortens at a word boundary, keeping whole characters (emoji, RTL). */
export function shorten(text: string, max = MAX_LABEL): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // A string of at most `max` UTF-16 units has at most `max` graphemes: nothing to cut, no segmenting.
  if (flat.length <= max) return flat;
  const chars = graphemes(flat, max + 1);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The first `limit` user-perceived characters: a family emoji, a flag or a letter with its vowel
 * points is one, though several code points, so Array.from alone would cut through it.
 * Stops early: segmenting a whole 10,000-character label takes tens of milliseconds.
 */
function graphemes(text: string, limit: number): string[] {
  if (typeof Intl.Segmenter !== 'function') return Array.from(text).slice(0, limit);
  // One instance: constructing a Segmenter costs ~0.1 ms, which a 1,000-step search text paid per step.
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (out.length >= limit) break;
    out.push(segment);
  }
  return out;
}

function quoted(text: string, max = MAX_LABEL): string {
  return `"${shorten(text, max)}"`;
}

const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'listbox']);
const NAMED_NOUN: Record<string, string> = {
  link: 'link',
  checkbox: 'checkbox',
  radio: 'option',
  switch: 'switch',
  img: 'image',
  tab: 'tab',
  menuitem: 'menu item',
  row: 'row',
  cell: 'cell',
  heading: 'heading',
};
const UNNAMED_NOUN: Record<string, string> = {
  button: 'button',
  link: 'link',
  img: 'image',
  checkbox: 'checkbox',
  textbox: 'text field',
};

/** How a target is referred to inside a sentence: `"Save"`, `the "Customer" field`, `the link`. */
export function targetPhrase(target: Target): string {
  const name = target.name.trim();
  if (!name)
    return `the ${UNNAMED_NOUN[target.role] ?? (FIELD_ROLES.has(target.role) ? 'field' : 'element')}`;
  if (FIELD_ROLES.has(target.role)) return `the ${quoted(name)} field`;
  const noun = NAMED_NOUN[target.role];
  return noun ? `the ${quoted(name)} ${noun}` : quoted(name);
}

/** The field a value goes into: `"Customer"`, or `the field` when it has no name. */
function fieldPhrase(target: Target): string {
  const name = target.name.trim();
  return name ? quoted(name) : 'the field';
}

const SECRET_NOUN: Record<NonNullable<TypeStep['secretKind']>, string> = {
  password: 'your password',
  card: 'the card details',
  'one-time-code': 'the one-time code',
  private: 'the private value',
};

/** "Customer name" → "the customer name"; keeps acronyms such as "VAT number". */
function inputNoun(label: string): string {
  const trimmed = shorten(label, 60);
  const first = trimmed.split(' ')[0] ?? '';
  const isAcronym = first.length > 1 && first === first.toUpperCase();
  return `the ${isAcronym ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1)}`;
}

const KEY_NAMES: Record<string, string> = {
  Control: 'Ctrl',
  Meta: 'Cmd',
  ' ': 'Space',
  Escape: 'Esc',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
};

export function keyLabel(keys: readonly string[]): string {
  return keys.map((k) => KEY_NAMES[k] ?? (k.length === 1 ? k.toUpperCase() : k)).join('+');
}

function pageName(step: Step): string {
  const title = step.pageTitle.trim();
  if (title) return quoted(title);
  try {
    const url = new URL(step.url);
    return shorten(url.host + (url.pathname === '/' ? '' : url.pathname), MAX_LABEL);
  } catch {
    return shorten(step.url);
  }
}

/** The sentence generated from the step's data, ignoring any wording the person wrote. */
export function generatedSentence(step: Step): string {
  switch (step.type) {
    case 'click':
      return `${step.button === 'right' ? 'Right-click' : step.clickCount > 1 ? 'Double-click' : 'Click'} ${targetPhrase(step.target)}`;
    case 'type': {
      const into = fieldPhrase(step.target);
      if (step.secret) return `Type ${SECRET_NOUN[step.secretKind ?? 'private']} into ${into}`;
      if (step.input) return `Type ${inputNoun(step.input.label)} into ${into}`;
      if (!step.value) return `Clear ${into}`;
      return `Type ${quoted(step.value, MAX_VALUE)} into ${into}`;
    }
    case 'select':
      return `Select ${quoted(step.option || step.value)} in ${fieldPhrase(step.target)}`;
    case 'check': {
      const name = step.target.name.trim() ? quoted(step.target.name) : `the ${step.control}`;
      if (step.control === 'radio') return `Choose ${name}`;
      if (step.control === 'switch') return `Turn ${step.checked ? 'on' : 'off'} ${name}`;
      return `${step.checked ? 'Check' : 'Uncheck'} ${name}`;
    }
    case 'key': {
      const where = step.target?.name.trim() ? ` in ${quoted(step.target.name)}` : '';
      return `Press ${keyLabel(step.keys)}${where}`;
    }
    case 'navigate':
      switch (step.kind) {
        case 'tab-open':
          return `Switch to the new tab ${pageName(step)}`;
        case 'tab-switch':
          return `Switch to the tab ${pageName(step)}`;
        default:
          return `Go to ${pageName(step)}`;
      }
    case 'manual':
      return step.text;
  }
}

/** The sentence shown and exported: the person's wording when they wrote one. */
export function sentence(step: Step): string {
  const custom = step.customText?.trim();
  return custom ? custom : generatedSentence(step);
}

/** Alt text for a step's screenshot: says what the step does, not what the image is. */
export function altText(step: Step, index: number): string {
  return `Step ${index + 1}: ${sentence(step)}`;
}
