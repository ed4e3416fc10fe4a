/**
 * Elements that could be a recorded target on the live page: those of the recorded role or tag,
 * in the document, its open shadow roots and its same-origin frames, plus whatever the recorded
 * selectors still find. One querySelectorAll per root; nothing is scored here.
 */
import type { Target } from '../../shared/model';
import { openShadowRoots } from '../shadow-roots';

/** Elements that carry each role without saying so; the explicit role attribute is added to all. */
const IMPLICIT: Record<string, string[]> = {
  button: ['button', 'input[type=button]', 'input[type=submit]', 'input[type=reset]', 'input[type=image]'],
  link: ['a[href]', 'area[href]'],
  textbox: [
    'input:not([type])',
    'input[type=text]',
    'input[type=email]',
    'input[type=tel]',
    'input[type=url]',
    'input[type=password]',
    'textarea',
    '[contenteditable]:not([contenteditable=false])',
  ],
  searchbox: ['input[type=search]'],
  spinbutton: ['input[type=number]'],
  combobox: ['select', 'input[list]'],
  listbox: ['select[multiple]', 'select[size]'],
  checkbox: ['input[type=checkbox]'],
  radio: ['input[type=radio]'],
  switch: ['input[type=checkbox]'],
  slider: ['input[type=range]'],
  option: ['option'],
  cell: ['td'],
  gridcell: ['td'],
  columnheader: ['th'],
  rowheader: ['th'],
  tab: [],
  menuitem: [],
};

/** A text field's role may be recorded as textbox, searchbox or combobox; look at all three. */
const RELATED: Record<string, string[]> = {
  textbox: ['searchbox', 'combobox', 'spinbutton'],
  searchbox: ['textbox', 'combobox'],
  combobox: ['textbox', 'searchbox', 'listbox', 'button'],
  checkbox: ['switch', 'menuitemcheckbox'],
  switch: ['checkbox', 'button'],
  link: ['button', 'menuitem', 'tab'],
  button: ['link', 'menuitem', 'tab'],
  menuitem: ['button', 'link', 'option'],
  option: ['menuitem', 'gridcell'],
};

const safeTag = (tag: string) => (/^[a-z][a-z0-9-]*$/.test(tag) ? tag : '');

/**
 * The selector list for a target: its tag and its role's elements; `wide` adds related roles'
 * elements, for a control that changed kind between versions (a link become a button).
 */
export function candidateSelector(target: Pick<Target, 'role' | 'tag'>, wide = false): string {
  const parts = new Set<string>();
  const tag = safeTag(target.tag);
  if (tag) parts.add(tag);
  for (const role of [target.role, ...(wide ? (RELATED[target.role] ?? []) : [])]) {
    if (!/^[a-z]+$/.test(role)) continue;
    parts.add(`[role="${role}"]`);
    for (const s of IMPLICIT[role] ?? []) parts.add(s);
  }
  return [...parts].join(',') || '*';
}

/** Every tree to search: the document, its open shadow roots and same-origin frames, recursively. */
export function searchRoots(doc: Document, depth = 0): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [doc, ...openShadowRoots(doc)];
  if (depth >= 3) return roots;
  for (const root of [...roots]) {
    for (const frame of root.querySelectorAll('iframe, frame')) {
      let inner: Document | null = null;
      try {
        inner = (frame as HTMLIFrameElement).contentDocument;
      } catch {
        // Another site's frame: its own guide script would have to look (not done yet).
      }
      if (inner?.documentElement) roots.push(...searchRoots(inner, depth + 1));
    }
  }
  return roots;
}

/** Resolves one recorded chain (one selector per shadow root crossed) from a document. */
export function resolveChain(doc: Document, chain: readonly string[]): Element | undefined {
  let scope: Document | ShadowRoot = doc;
  let found: Element | null = null;
  for (let i = 0; i < chain.length; i++) {
    const selector = chain[i]!;
    if (selector.startsWith('aria/')) return undefined;
    try {
      found = scope.querySelector(selector);
    } catch {
      return undefined;
    }
    if (!found) return undefined;
    if (i < chain.length - 1) {
      if (!found.shadowRoot) return undefined;
      scope = found.shadowRoot;
    }
  }
  return found ?? undefined;
}

export function gatherCandidates(
  target: Target,
  roots: ReadonlyArray<Document | ShadowRoot>,
  skip: (element: Element) => boolean,
  wide = false,
): Element[] {
  const selector = candidateSelector(target, wide);
  const found = new Set<Element>();
  for (const root of roots) for (const element of root.querySelectorAll(selector)) found.add(element);
  const doc = roots[0] as Document;
  for (const chain of target.selectors) {
    const element = resolveChain(doc, chain);
    if (element) found.add(element);
  }
  return [...found].filter((element) => !skip(element));
}
