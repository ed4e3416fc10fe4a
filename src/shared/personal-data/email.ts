/**
 * Email addresses: a local part, "@", and a domain with a dot and a letter top-level label.
 * Stricter than RFC 5322 on purpose: quoted local parts and IP-literal domains are not what
 * a CRM or an inbox shows, and a loose pattern would cover `@mentions` and `user@host` paths.
 */
import { type Match, scan } from './match';

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;

export function findEmails(text: string): Match[] {
  if (!text.includes('@')) return [];
  return scan(text, EMAIL, 'email');
}
