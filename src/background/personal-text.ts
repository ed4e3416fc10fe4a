/**
 * Personal data never reaches step text. A typed value, a chosen option or a clicked element's
 * name that holds personal data of a kind that is on makes the step secret (its value dropped,
 * its sentence naming the kind: `Type the customer's email into "Email"`); in every other text a
 * step keeps about the page (names, row text, page title, address, selectors) the matches are
 * replaced by "…". Pure: the detector is passed in (personal-rules.ts).
 */
import type { SecretKind, Step, Target } from '../shared/model';
import type { Match, PersonalDataKind } from '../shared/personal-data';

export type Detect = (text: string) => Match[];

/** What replaces each match in text that stays: says something was there, not what. */
export const ELIDED = '…';

/** The secret kind a step is marked with for personal data of `kind`. */
export function secretKindOf(kind: PersonalDataKind): SecretKind {
  switch (kind) {
    case 'email':
    case 'phone':
    case 'card':
    case 'iban':
    case 'national-id':
    case 'ip':
    case 'mac':
      return kind;
    default:
      return 'private';
  }
}

/** `text` with every match elided, and the first match's kind (undefined: nothing found). */
export function elide(text: string, detect: Detect): { text: string; kind?: PersonalDataKind } {
  if (!text) return { text };
  const hits = detect(text);
  if (hits.length === 0) return { text };
  let out = '';
  let at = 0;
  for (const hit of hits) {
    out += text.slice(at, hit.start) + ELIDED;
    at = hit.end;
  }
  return { text: out + text.slice(at), kind: hits[0]!.kind };
}

/** decodeURIComponent, not decodeURI: `%40` (an email's @) is one of the characters decodeURI keeps. */
function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * An address with the matches in its path and query elided (read decoded: `jane%40x.test` is an
 * email too). The origin stays: a site served from an IP address (an intranet, a router) is where
 * the task happens, not someone's data, and the address must stay an address.
 */
export function elideAddress(url: string, detect: Detect): string {
  let origin = '';
  try {
    const parsed = new URL(url).origin;
    if (parsed !== 'null' && url.startsWith(parsed)) origin = parsed;
  } catch {
    // Not an absolute address: all of it is searched.
  }
  const address = elide(decoded(url.slice(origin.length)), detect);
  return address.kind ? origin + address.text : url;
}

function scrubTarget(target: Target, detect: Detect): { target: Target; kind?: PersonalDataKind } {
  const name = elide(target.name, detect);
  const row = target.row === undefined ? undefined : elide(target.row, detect).text;
  const selectors = target.selectors.filter((chain) =>
    chain.every((selector) => detect(selector).length === 0),
  );
  return {
    target: { ...target, name: name.text, selectors, ...(row === undefined ? {} : { row }) },
    ...(name.kind ? { kind: name.kind } : {}),
  };
}

/** The step with personal data of the kinds `detect` finds taken out of its text. */
export function withoutPersonalText<S extends Step>(step: S, detect: Detect): S {
  const page = { pageTitle: elide(step.pageTitle, detect).text };
  const out: Step = { ...step, ...page, url: elideAddress(step.url, detect) };
  if (!('target' in out) || !out.target) return out as S;
  const { target, kind: nameKind } = scrubTarget(out.target, detect);
  switch (out.type) {
    case 'type': {
      if (out.secret) return { ...out, target } as S;
      const [hit] = detect(out.value ?? '');
      if (!hit) return { ...out, target } as S;
      const { value: _dropped, ...rest } = out;
      return { ...rest, target, secret: true, secretKind: secretKindOf(hit.kind) } as S;
    }
    case 'select': {
      if (out.secret) return { ...out, target } as S;
      const [hit] = [...detect(out.option), ...detect(out.value)];
      if (!hit) return { ...out, target } as S;
      return { ...out, target, option: '', value: '', secret: true, secretKind: secretKindOf(hit.kind) } as S;
    }
    case 'click':
    case 'check':
      if (out.secret || !nameKind) return { ...out, target } as S;
      return { ...out, target, secret: true, secretKind: secretKindOf(nameKind) } as S;
    default:
      return { ...out, target } as S;
  }
}
