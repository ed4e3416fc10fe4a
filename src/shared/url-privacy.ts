/**
 * Addresses and titles as they may be stored. Reset links, OAuth callbacks, magic links, signed
 * downloads and session ids carry their secret in the query or the fragment, sometimes in a path
 * segment, and pages often echo a query in their title. Only the origin and path are kept; query
 * parameter names stay (`?token=…`) because they tell the reader which page it was, values never.
 * Pure, so the background, the importer and the editor all apply the same rule.
 */

/** What stands for a value that was not stored. */
export const HIDDEN = '…';

/**
 * Path segments that look like a credential rather than a name: a JWT, or an unbroken run of at
 * least 12 characters mixing letters and digits (hex tokens, base64url), or 16 digits and more.
 * Slugs ("invoice-2024-march") and ordinary ids ("INV-1041") stay readable.
 */
export function looksLikeToken(segment: string): boolean {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape is judged as written.
  }
  if (/^eyJ[\w-]{8,}/.test(decoded)) return true;
  for (const run of decoded.split(/[^A-Za-z0-9+/=]+/)) {
    if (/^\d{16,}$/.test(run)) return true;
    if (run.length >= 12 && /\d/.test(run) && /[A-Za-z]/.test(run)) return true;
  }
  return false;
}

/**
 * Origin and path, with token-like path segments hidden and the query reduced to its parameter
 * names. Fragments are dropped: they hold access tokens (`#access_token=`) as often as routes.
 * Anything that does not parse as a URL is kept only up to its first `?` or `#`.
 */
export function scrubUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.replace(/[?#].*$/s, '');
  }
  if (!/^(https?|file|ftp):$/.test(url.protocol)) {
    // about:, data:, blob:, chrome: … keep the scheme and what a person would recognise.
    return url.protocol === 'data:' || url.protocol === 'blob:'
      ? `${url.protocol}${HIDDEN}`
      : raw.replace(/[?#].*$/s, '');
  }
  const path = url.pathname
    .split('/')
    .map((segment) => (looksLikeToken(segment) ? HIDDEN : segment))
    .join('/')
    // URL encodes the mark of an address scrubbed before; keep it readable and the rule idempotent.
    .replace(/%E2%80%A6/gi, HIDDEN);
  const names = [...new Set([...url.searchParams.keys()].map((name) => name.slice(0, 40)))];
  const query =
    names.length > 0 ? `?${names.map((n) => `${encodeURIComponent(n)}=${HIDDEN}`).join('&')}` : '';
  // Credentials in the authority (https://user:pass@host) are never kept.
  return `${url.protocol}//${url.host}${path}${query}`;
}

/** The values an address carries in its query, fragment and token-like path segments. */
function valuesIn(raw: string): string[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [];
  }
  const values: string[] = [...url.searchParams.values()];
  const fragment = url.hash.slice(1);
  if (fragment) {
    values.push(fragment);
    for (const part of fragment.split(/[&;]/)) values.push(part.slice(part.indexOf('=') + 1));
  }
  for (const segment of url.pathname.split('/')) if (looksLikeToken(segment)) values.push(segment);
  if (url.username) values.push(url.username);
  if (url.password) values.push(url.password);
  const decoded = values.flatMap((v) => {
    try {
      return [v, decodeURIComponent(v.replace(/\+/g, ' '))];
    } catch {
      return [v];
    }
  });
  // Very short values (`?page=2`) would blank ordinary words of the title.
  return [...new Set(decoded.filter((v) => v.trim().length >= 3))].sort((a, b) => b.length - a.length);
}

/** The page title with every value of the address it echoes hidden (`Results for …`). */
export function scrubTitle(title: string, rawUrl: string): string {
  let out = title;
  for (const value of valuesIn(rawUrl)) {
    if (out.toLowerCase().includes(value.toLowerCase())) {
      out = out.replace(new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), HIDDEN);
    }
  }
  return out;
}
