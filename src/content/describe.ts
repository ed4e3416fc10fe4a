/** Element → what a person would call it: role, accessible name, selectors and position. */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import type { Rect, Target } from '../shared/model';
import { personName } from './naming';
import { privateName } from './private-target';
import { anchoredSelector, positionalSelector } from './selectors';
import { privateRegion } from './sensitive';

const INTERACTIVE = [
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  'label',
  '[contenteditable]:not([contenteditable="false"])',
  ...[
    'button',
    'link',
    'checkbox',
    'radio',
    'switch',
    'tab',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'option',
    'combobox',
    'textbox',
    'searchbox',
    'treeitem',
    'gridcell',
    'slider',
    'spinbutton',
  ].map((r) => `[role="${r}"]`),
  // A click on text in a table cell acts on the cell: named by its column (content/naming.ts).
  'td',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/**
 * The element a person meant: the nearest interactive ancestor of what the pointer hit, walking
 * the composed path so that clicks inside open shadow roots reach their real control.
 */
export function interactiveTarget(path: readonly EventTarget[]): Element | undefined {
  let first: Element | undefined;
  for (const node of path) {
    if (!(node instanceof Element)) continue;
    first ??= node;
    if (node === node.ownerDocument.body || node === node.ownerDocument.documentElement) break;
    if (node.matches(INTERACTIVE)) return node;
  }
  return first;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** Fields whose edits are recorded as typing, not as clicks. */
export function isTextEntry(
  element: Element,
): element is HTMLInputElement | HTMLTextAreaElement | HTMLElement {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement)
    return TEXT_INPUT_TYPES.has(element.type) || /^(date|time|datetime-local|month|week)$/.test(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

function visibleText(element: Element): string {
  const text = element instanceof HTMLElement ? element.innerText : element.textContent;
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The accessible name, falling back to what a sighted person reads on or near the element. */
/** Roles whose name comes from their content, for the plain-text fast path below. */
const NAME_FROM_CONTENT = new Set([
  'BUTTON',
  'A',
  'SUMMARY',
  'OPTION',
  'LI',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
]);
const NAMING_ATTRIBUTES = ['aria-label', 'aria-labelledby', 'role', 'title', 'aria-hidden'];

/**
 * The accessible name of a button, link or cell whose content is plain text and that carries no
 * naming attribute: the text itself, by the name-from-content rule. Answered without the full
 * algorithm, which reads computed styles of every node and cost a click about half a millisecond.
 */
function plainTextName(element: Element): string | undefined {
  if (!NAME_FROM_CONTENT.has(element.tagName) || element.childElementCount > 0) return undefined;
  if (NAMING_ATTRIBUTES.some((a) => element.hasAttribute(a))) return undefined;
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined;
}

export function accessibleName(element: Element): string {
  const plain = plainTextName(element);
  if (plain) return plain;
  let name = '';
  try {
    name = computeAccessibleName(element).trim();
  } catch {
    // Malformed pages (cyclic aria-labelledby and the like) must not stop a recording.
  }
  if (name) return name;
  const attr = (a: string) => element.getAttribute(a)?.trim() ?? '';
  return (
    (element instanceof HTMLInputElement && /^(submit|button|reset)$/.test(element.type)
      ? element.value
      : '') ||
    // A field's text is what the person typed (perhaps a secret), never its name.
    (isTextEntry(element) ? '' : visibleText(element)) ||
    attr('aria-label') ||
    attr('placeholder') ||
    attr('title') ||
    attr('alt') ||
    attr('name')
  );
}

function roleOf(element: Element): string {
  const role = getRole(element);
  if (role) return role;
  if (element instanceof HTMLElement && element.isContentEditable) return 'textbox';
  // ARIA gives password fields no role; to a person they are text fields.
  if (element instanceof HTMLInputElement && element.type === 'password') return 'textbox';
  return element.tagName.toLowerCase() === 'label' ? 'label' : 'generic';
}

/** One CSS selector per shadow root crossed, outermost first. */
function cssChain(
  element: Element,
  selectorIn: (node: Element, root: Element | ShadowRoot) => string = anchoredSelector,
): string[] {
  const chain: string[] = [];
  let node: Element = element;
  for (;;) {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) {
      chain.unshift(selectorIn(node, root));
      node = root.host;
    } else {
      chain.unshift(selectorIn(node, (root as Document).documentElement ?? document.documentElement));
      return chain;
    }
  }
}

function rectOf(element: Element, offset: { x: number; y: number }): Rect {
  const r = element.getBoundingClientRect();
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    x: round(r.left + offset.x),
    y: round(r.top + offset.y),
    width: round(r.width),
    height: round(r.height),
  };
}

/** What frames an element for a reader: the nearest of these around it (not the element itself). */
const CONTEXT =
  'form, dialog, [role=dialog], [role=alertdialog], [role=toolbar], fieldset, table, [role=grid], nav, header, main, section';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role=heading], legend';
/** How far above its form a heading may sit and still be its title, CSS px. */
const HEADING_GAP = 64;

/**
 * The enclosing form, dialog, toolbar or landmark, cut to this frame's viewport: one closest() and
 * one getBoundingClientRect, so the cost per click stays flat however large the page. The focused
 * view caps how much of it is shown.
 */
function contextRect(element: Element, offset: { x: number; y: number }): Rect | undefined {
  const around = element.parentElement?.closest(CONTEXT);
  if (!around) return undefined;
  const r = around.getBoundingClientRect();
  let { left, top, right } = r;
  // A heading just above a form or table names it ("Sign in"): one more rect, when it is there.
  const before = around.previousElementSibling;
  if (before?.matches(HEADING)) {
    const h = before.getBoundingClientRect();
    if (h.height > 0 && h.bottom <= r.top + 1 && r.top - h.bottom <= HEADING_GAP) {
      top = h.top;
      left = Math.min(left, h.left);
      right = Math.max(right, h.right);
    }
  }
  const view = element.ownerDocument.defaultView;
  const x1 = Math.max(0, left);
  const y1 = Math.max(0, top);
  const x2 = Math.min(view?.innerWidth ?? right, right);
  const y2 = Math.min(view?.innerHeight ?? r.bottom, r.bottom);
  if (x2 <= x1 || y2 <= y1) return undefined;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { x: round(x1 + offset.x), y: round(y1 + offset.y), width: round(x2 - x1), height: round(y2 - y1) };
}

export function describe(element: Element, offset: { x: number; y: number } = { x: 0, y: 0 }): Target {
  const role = roleOf(element);
  const region = privateRegion(element);
  // Inside a private region: a name that says where, and selectors by position only, since the
  // element's ids and attributes may hold the private data.
  const name = region ? privateName(element, region) : accessibleName(element);
  const selectors: string[][] = [region ? cssChain(element, positionalSelector) : cssChain(element)];
  if (name && !region) selectors.push([`aria/${name.slice(0, 200)}[role="${role}"]`]);
  const target: Target = {
    role,
    name,
    tag: element.tagName.toLowerCase(),
    selectors,
    rect: rectOf(element, offset),
  };
  const context = contextRect(element, offset);
  if (context) target.context = context;
  if (!region) {
    // A column header or label when the page's name is missing or only the value (naming.ts).
    const person = personName(element, name);
    target.name = person.name;
    if (person.row) target.row = person.row;
  }
  return target;
}
