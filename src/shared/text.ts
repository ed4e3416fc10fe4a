/** Step sentences. Pure: the same step always reads the same way, in the editor and in exports. */
import { describeAnnotations } from './annotations/describe';
import { catalogMessages, english, LOCALES, type MessageKey, type Messages } from './i18n/catalog';
import type { SelectStep, Step, Target, TypeStep } from './model';

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

function quoted(m: Messages, text: string, max = MAX_LABEL): string {
  return m.t('sentenceQuoted', shorten(text, max));
}

const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'listbox']);
/** Roles named in a sentence with a noun (`the "Terms" checkbox`); others by their name alone. */
const NAMED_NOUN = {
  link: 'sentenceNamed_link',
  checkbox: 'sentenceNamed_checkbox',
  radio: 'sentenceNamed_radio',
  switch: 'sentenceNamed_switch',
  img: 'sentenceNamed_img',
  tab: 'sentenceNamed_tab',
  menuitem: 'sentenceNamed_menuitem',
  row: 'sentenceNamed_row',
  cell: 'sentenceNamed_cell',
  gridcell: 'sentenceNamed_cell',
  heading: 'sentenceNamed_heading',
} as const satisfies Record<string, MessageKey>;
const UNNAMED_NOUN = {
  button: 'sentenceUnnamed_button',
  link: 'sentenceUnnamed_link',
  img: 'sentenceUnnamed_img',
  checkbox: 'sentenceUnnamed_checkbox',
  textbox: 'sentenceUnnamed_textbox',
  radio: 'sentenceUnnamed_radio',
  switch: 'sentenceUnnamed_switch',
} as const satisfies Record<string, MessageKey>;

function lookup<T extends Record<string, MessageKey>>(table: T, role: string): MessageKey | undefined {
  return Object.hasOwn(table, role) ? table[role as keyof T] : undefined;
}

/** `the "Payment" cell` → `the "Payment" cell in the row for "Office Depot"`, when the row is known. */
function inRow(m: Messages, phrase: string, target: Target): string {
  const row = target.row?.trim();
  return row ? m.t('sentenceInRow', phrase, quoted(m, row)) : phrase;
}

/** How a target is referred to inside a sentence: `"Save"`, `the "Customer" field`, `the link`. */
export function targetPhrase(target: Target, m: Messages = english): string {
  return inRow(m, bareTargetPhrase(target, m), target);
}

function bareTargetPhrase(target: Target, m: Messages): string {
  const name = target.name.trim();
  if (!name)
    return m.t(
      lookup(UNNAMED_NOUN, target.role) ??
        (FIELD_ROLES.has(target.role) ? 'sentenceUnnamedField' : 'sentenceUnnamedElement'),
    );
  if (FIELD_ROLES.has(target.role)) return m.t('sentenceNamedField', quoted(m, name));
  const noun = lookup(NAMED_NOUN, target.role);
  return noun ? m.t(noun, quoted(m, name)) : quoted(m, name);
}

/** The field a value goes into: `"Customer"`, or `the field` when it has no name. */
function fieldPhrase(m: Messages, target: Target): string {
  const name = target.name.trim();
  return inRow(m, name ? quoted(m, name) : m.t('sentenceUnnamedField'), target);
}

const SECRET_NOUN = {
  password: 'sentenceSecret_password',
  card: 'sentenceSecret_card',
  'one-time-code': 'sentenceSecret_one_time_code',
  private: 'sentenceSecret_private',
  // Personal data found in the value (shared/personal-data/): said by kind, never by value.
  email: 'personalNoun_email',
  phone: 'personalNoun_phone',
  iban: 'personalNoun_iban',
  'national-id': 'personalNoun_national_id',
  ip: 'personalNoun_ip',
  mac: 'personalNoun_mac',
} as const satisfies Record<NonNullable<TypeStep['secretKind']>, MessageKey>;

/** Kinds that mark personal data shown on the page rather than a secret field. */
const PERSONAL_KINDS = new Set<string>(['email', 'phone', 'iban', 'national-id', 'ip', 'mac']);

/** "Customer name" → "the customer name"; keeps acronyms such as "VAT number". */
function inputNoun(m: Messages, label: string): string {
  const trimmed = shorten(label, 60);
  const first = trimmed.split(' ')[0] ?? '';
  const isAcronym = first.length > 1 && first === first.toUpperCase();
  // English lower-cases the label inside a sentence; German capitalises nouns, so keeps it.
  const lower = m.locale === 'en' && !isAcronym;
  return m.t('sentenceInputNoun', lower ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed);
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

function pageName(m: Messages, step: Step): string {
  const title = step.pageTitle.trim();
  if (title) return quoted(m, title);
  try {
    const url = new URL(step.url);
    return shorten(url.host + (url.pathname === '/' ? '' : url.pathname), MAX_LABEL);
  } catch {
    return shorten(step.url);
  }
}

/** Where a secret choice was made: its field or group, `"Bank details"`, or `the private section`. */
function groupPhrase(m: Messages, target: Target): string {
  const name = target.name.trim();
  return name ? quoted(m, name) : m.t('sentencePrivateSection');
}

/** A choice made in a custom widget (content/choice.ts): a listbox, a menu, a date picker. */
function choiceSentence(step: SelectStep, m: Messages): string {
  const option = step.secret
    ? m.t(SECRET_NOUN[step.secretKind ?? 'private'])
    : quoted(m, step.option || step.value, MAX_VALUE);
  const name = step.target.name.trim();
  switch (step.widget) {
    case 'menu':
      return name
        ? inRow(m, m.t('sentenceMenuChoose', quoted(m, name), option), step.target)
        : m.t('sentenceMenuChooseUnnamed', option);
    case 'date':
      // A date reads as it is written on the page, unquoted: `Set "Due date" to 12/31/2026`.
      return m.t(
        'sentenceSetDate',
        fieldPhrase(m, step.target),
        step.secret ? option : shorten(step.option || step.value, MAX_VALUE),
      );
    default:
      if (!name) return inRow(m, m.t('sentenceChoose', option), step.target);
      if (step.typed && !step.secret)
        return m.t('sentenceTypeAndChoose', option, fieldPhrase(m, step.target));
      return m.t('sentenceChooseIn', option, fieldPhrase(m, step.target));
  }
}

/** The sentence generated from the step's data, ignoring any wording the person wrote. */
export function generatedSentence(step: Step, m: Messages = english): string {
  switch (step.type) {
    case 'click': {
      if (step.target.role === 'tab' && step.button === 'left' && step.target.name.trim())
        return m.t('sentenceOpenTab', quoted(m, step.target.name));
      // A link or button whose name was personal data is said by its kind: `Click the customer's email`.
      if (step.secret && step.secretKind && PERSONAL_KINDS.has(step.secretKind)) {
        const key =
          step.button === 'right'
            ? 'sentenceRightClick'
            : step.clickCount > 1
              ? 'sentenceDoubleClick'
              : 'sentenceClick';
        return m.t(key, m.t(SECRET_NOUN[step.secretKind]));
      }
      // The name of a private click is the region it is in; the thing clicked stays unsaid.
      if (step.secret) {
        const key =
          step.button === 'right'
            ? 'sentenceRightClickItemIn'
            : step.clickCount > 1
              ? 'sentenceDoubleClickItemIn'
              : 'sentenceClickItemIn';
        return m.t(key, groupPhrase(m, step.target));
      }
      const key =
        step.button === 'right'
          ? 'sentenceRightClick'
          : step.clickCount > 1
            ? 'sentenceDoubleClick'
            : 'sentenceClick';
      return m.t(key, targetPhrase(step.target, m));
    }
    case 'type': {
      const into = fieldPhrase(m, step.target);
      if (step.secret) return m.t('sentenceType', m.t(SECRET_NOUN[step.secretKind ?? 'private']), into);
      if (step.input) return m.t('sentenceType', inputNoun(m, step.input.label), into);
      if (!step.value) return m.t('sentenceClear', into);
      return m.t('sentenceType', quoted(m, step.value, MAX_VALUE), into);
    }
    case 'select':
      if (step.secret && !step.widget) return m.t('sentenceSelectSecret', groupPhrase(m, step.target));
      return step.widget
        ? choiceSentence(step, m)
        : m.t('sentenceSelect', quoted(m, step.option || step.value), fieldPhrase(m, step.target));
    case 'check': {
      if (step.secret) {
        const where = groupPhrase(m, step.target);
        if (step.control === 'radio') return m.t('sentenceChooseSecret', where);
        if (step.control === 'switch')
          return m.t(step.checked ? 'sentenceTurnOnSecret' : 'sentenceTurnOffSecret', where);
        return m.t(step.checked ? 'sentenceCheckSecret' : 'sentenceUncheckSecret', where);
      }
      const name = step.target.name.trim()
        ? quoted(m, step.target.name)
        : m.t(lookup(UNNAMED_NOUN, step.control) ?? 'sentenceUnnamedElement');
      if (step.control === 'radio') return m.t('sentenceChoose', name);
      if (step.control === 'switch') return m.t(step.checked ? 'sentenceTurnOn' : 'sentenceTurnOff', name);
      return m.t(step.checked ? 'sentenceCheck' : 'sentenceUncheck', name);
    }
    case 'key':
      return step.target?.name.trim()
        ? m.t('sentencePressIn', keyLabel(step.keys), quoted(m, step.target.name))
        : m.t('sentencePress', keyLabel(step.keys));
    case 'navigate':
      switch (step.kind) {
        case 'tab-open':
          return m.t('sentenceTabOpen', pageName(m, step));
        case 'tab-switch':
          return m.t('sentenceTabSwitch', pageName(m, step));
        default:
          return m.t('sentenceGoTo', pageName(m, step));
      }
    case 'manual':
      // A screenshot-shortcut step says what to look at, in this language, until given words.
      return step.look && !step.text.trim() ? m.t('shotSentenceLook', pageName(m, step)) : step.text;
  }
}

/** The sentence shown and exported: the person's wording when they wrote one. */
export function sentence(step: Step, m: Messages = english): string {
  const custom = step.customText?.trim();
  return custom ? custom : generatedSentence(step, m);
}

/**
 * Whether `text` is the sentence Handoff generates for this step in any shipped language: the
 * editor shows the generated sentence in the browser's language, and taking it unchanged is not
 * the person's own wording.
 */
export function isGeneratedSentence(step: Step, text: string): boolean {
  const wanted = text.trim();
  return LOCALES.some((locale) => generatedSentence(step, catalogMessages(locale)) === wanted);
}

/**
 * Alt text for a step's screenshot: says what the step does, not what the image is, then what the
 * person marked on it (arrows, boxes, callouts, badges).
 */
export function altText(step: Step, index: number, m: Messages = english): string {
  const alt = m.t('sentenceAlt', index + 1, sentence(step, m));
  const marks = describeAnnotations(step, m, (text) => quoted(m, text));
  if (!marks) return alt;
  return `${/[.!?…]$/.test(alt) ? alt : `${alt}.`} ${marks}`;
}
