/**
 * What to call something inside a private region (`data-handoff-private`) without repeating its
 * private text. A field is named by the text of its own <label> (never its value, nor an option
 * embedded in that label); an option, a toggle or a piece of text by the group around it: a
 * fieldset's legend, a labelled group or region, or the private region's own label. The private
 * element's id, aria-label and other attributes are not used: they may hold the private data.
 */

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const CONTROL_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);
const GROUP_ROLES = new Set([
  'group',
  'radiogroup',
  'region',
  'form',
  'dialog',
  'listbox',
  'menu',
  'tablist',
]);
/** How far up a group is looked for: a radio's group is seldom more than a few levels away. */
const MAX_DEPTH = 12;

function flat(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** A label's own words, skipping any control inside it (a select's chosen option, a field's value). */
function labelText(label: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) out += child.textContent ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE && !CONTROL_TAGS.has((child as Element).tagName))
        walk(child);
    }
  };
  walk(label);
  return flat(out.replace(/\s*[:*]+\s*$/, ''));
}

function textOfIds(element: Element, ids: string): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return flat(
    ids
      .split(/\s+/)
      .slice(0, 3)
      .map((id) => {
        const found = root.getElementById?.(id);
        return found ? labelText(found) : '';
      })
      .join(' '),
  );
}

/** The label of a group-like ancestor, or '' when `node` does not name a group. */
function groupLabel(node: Element, region: Element): string {
  if (node.tagName === 'FIELDSET') {
    const legend = Array.from(node.children).find((c) => c.tagName === 'LEGEND');
    if (legend) return labelText(legend);
  }
  const role = node.getAttribute('role') ?? '';
  if (GROUP_ROLES.has(role) || node === region || node.tagName === 'FIELDSET' || node.tagName === 'SECTION') {
    const labelledBy = node.getAttribute('aria-labelledby');
    if (labelledBy) {
      const text = textOfIds(node, labelledBy);
      if (text) return text;
    }
    const aria = flat(node.getAttribute('aria-label'));
    if (aria) return aria;
  }
  if (node === region) {
    // `data-handoff-private="Bank details"` names the region for the sentence.
    const own = flat(node.getAttribute('data-handoff-private'));
    if (own && !/^(true|false|on|off|1|0)$/i.test(own)) return own;
  }
  return '';
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The nearest labelled group around `element`, looking no further than a few levels past the region. */
function enclosingGroupName(element: Element, region: Element): string {
  let passedRegion = false;
  let extra = 0;
  for (let node = parentAcrossShadow(element), depth = 0; node && depth < MAX_DEPTH; depth++) {
    const label = groupLabel(node, region);
    if (label) return label;
    if (node === region) passedRegion = true;
    else if (passedRegion && ++extra > 3) break;
    node = parentAcrossShadow(node);
  }
  return '';
}

/** The name a step may store for an element inside a private region. */
export function privateName(element: Element, region: Element): string {
  if (
    FIELD_TAGS.has(element.tagName) &&
    !/^(radio|checkbox)$/i.test((element as HTMLInputElement).type ?? '')
  ) {
    const labels = Array.from((element as HTMLInputElement).labels ?? []).slice(0, 3);
    const text = flat(labels.map(labelText).join(' '));
    if (text) return text;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const byIds = textOfIds(element, labelledBy);
      if (byIds) return byIds;
    }
  }
  return enclosingGroupName(element, region);
}
