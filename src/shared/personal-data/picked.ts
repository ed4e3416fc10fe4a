/**
 * Elements the person picked on a page to be covered: a CSS selector and the site (origin) it
 * applies to. Pure: which rules apply to an address, and whether a rule is well formed. The
 * content script finds the elements (content/personal-scan.ts).
 */

export interface PickedRule {
  /** The origin the element was picked on: `https://crm.example`. */
  site: string;
  selector: string;
}

export const MAX_PICKED_RULES = 200;
export const MAX_SELECTOR_LENGTH = 500;

/** The origin of an address, or undefined for one that has none (about:blank, data:). */
export function siteOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

export function validRule(rule: unknown): rule is PickedRule {
  if (typeof rule !== 'object' || rule === null) return false;
  const { site, selector } = rule as Record<string, unknown>;
  return (
    typeof site === 'string' &&
    siteOf(site) === site &&
    typeof selector === 'string' &&
    selector.trim().length > 0 &&
    selector.length <= MAX_SELECTOR_LENGTH
  );
}

/** The selectors that apply on a page at `url`. */
export function selectorsFor(rules: readonly PickedRule[], url: string): string[] {
  const site = siteOf(url);
  return site ? rules.filter((rule) => rule.site === site).map((rule) => rule.selector) : [];
}

/** Adds a rule unless the same one is there; the newest last, the oldest dropped past the cap. */
export function addRule(rules: readonly PickedRule[], rule: PickedRule): PickedRule[] {
  if (rules.some((r) => r.site === rule.site && r.selector === rule.selector)) return [...rules];
  return [...rules, rule].slice(-MAX_PICKED_RULES);
}
