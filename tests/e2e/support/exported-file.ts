/**
 * Reads a downloaded procedure: its tags as plain data (no DOM in Node) for checks on the text
 * itself, and its step items once it is open in Chromium.
 */
import type { Locator, Page } from 'playwright-core';

export interface Tag {
  name: string;
  /** Attribute names lower-cased; values with the common character references decoded. */
  attrs: Record<string, string>;
  /** Offset of the tag in the file, to show the surrounding text when a check fails. */
  at: number;
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
// Quote-aware: a '>' inside a quoted attribute value does not end the tag.
const TAG =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every start tag in the file, in order, as the HTML tokenizer would see it outside <template>. */
export function startTags(html: string): Tag[] {
  return [...html.matchAll(TAG)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const raw = a[2] ?? '';
      attrs[a[1]!.toLowerCase()] = decode(/^["']/.test(raw) ? raw.slice(1, -1) : raw);
    }
    return { name: m[1]!.toLowerCase(), attrs, at: m.index ?? 0 };
  });
}

/** Attributes that make a browser fetch something when the page is opened. */
const LOADING_ATTRS = ['src', 'srcset', 'poster', 'data', 'background', 'action', 'formaction', 'manifest'];
const LOADING_HREF = new Set(['link', 'base', 'image', 'use']);

/** Each tag attribute that would load something other than a data: URI, as `tag attr=value`. */
export function externalLoads(tags: Tag[]): string[] {
  const found: string[] = [];
  for (const tag of tags) {
    const names = LOADING_HREF.has(tag.name) ? [...LOADING_ATTRS, 'href', 'xlink:href'] : LOADING_ATTRS;
    for (const name of names) {
      const value = tag.attrs[name]?.trim();
      if (value !== undefined && !value.toLowerCase().startsWith('data:')) {
        found.push(`<${tag.name} ${name}=${value.slice(0, 80)}>`);
      }
    }
    const style = tag.attrs.style;
    if (style && /url\(\s*["']?(?!data:)/i.test(style))
      found.push(`<${tag.name} style=${style.slice(0, 80)}>`);
    if (tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'refresh') {
      found.push(`<meta http-equiv=refresh content=${tag.attrs.content}>`);
    }
  }
  return found;
}

/** A short excerpt around `at`, for failure messages that do not print a 300 KB file. */
export function excerpt(html: string, at: number, radius = 120): string {
  return html.slice(Math.max(0, at - radius), at + radius).replace(/data:image\/[^"']{40,}/g, 'data:image/…');
}

/** The exported file's step items in order: the direct children of the list in the Steps section. */
export function exportedSteps(page: Page): Locator {
  return page.getByRole('region', { name: 'Steps' }).getByRole('list').first().locator(':scope > li');
}
