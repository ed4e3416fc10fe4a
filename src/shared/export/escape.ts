/** Escaping for the HTML export. Every piece of text that reaches the page goes through one of these. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in text content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * JSON that can sit inside `<template>` as text: with no `<` or `&` left, the HTML parser can
 * neither end the element early nor decode an entity, so the text reads back byte for byte.
 * The \u escapes are still valid JSON and parse to the same strings.
 */
export function jsonForTemplate(json: string): string {
  return json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
