/**
 * A message as HTML: the message's own words are escaped, and the substitutions are HTML the
 * caller built (and escaped) itself, such as `<span class="url">…</span>`. Works for any
 * `Messages`, since it substitutes markers that cannot occur in a message and swaps them after.
 */
import type { MessageKey, Messages } from '../i18n/catalog';
import { escapeHtml } from './escape';

export function messageHtml(m: Messages, key: MessageKey, ...html: string[]): string {
  const marker = (i: number) => `\uE000${i}\uE001`;
  const text = escapeHtml(m.t(key, ...html.map((_, i) => marker(i))));
  return text.replace(/\uE000(\d+)\uE001/g, (_whole, i: string) => html[Number(i)] ?? '');
}
