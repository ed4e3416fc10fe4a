/**
 * Network addresses that identify a machine and often a person behind it: IPv4, IPv6 and MAC.
 * A dotted quad after "v", "version" or "build" is a version number, not an address.
 */
import { type Match, scan, wordsBefore } from './match';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.-])${OCTET}(?:\\.${OCTET}){3}(?![\\w-]|\\.\\d)`, 'g');
const VERSION_WORDS = /(?:\bv|version|release|build|ver\.?|firmware)\s*$/;

const H = '[0-9A-Fa-f]{1,4}';
/** Eight groups, or fewer with one "::"; written out below because one pattern cannot count. */
const IPV6 = new RegExp(
  `(?<![\\w:.])(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:|(?:${H}:){1,6}:${H}|(?:${H}:){1,5}(?::${H}){1,2}|(?:${H}:){1,4}(?::${H}){1,3}|(?:${H}:){1,3}(?::${H}){1,4}|(?:${H}:){1,2}(?::${H}){1,5}|${H}:(?::${H}){1,6}|:(?::${H}){1,7})(?![\\w:])`,
  'g',
);

/** Six pairs with one separator kind throughout, or Cisco's three dotted quads. */
const MAC =
  /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:.-])/g;

/** An IPv6 address unlike a time of day: hex letters, or at least three groups. */
function ipv6Like(found: string): boolean {
  const groups = found.split(':').filter(Boolean);
  return /[a-f]/i.test(found) || groups.length >= 3;
}

export function findIpAddresses(text: string): Match[] {
  const v4 = text.includes('.')
    ? scan(text, IPV4, 'ip', (found) => !VERSION_WORDS.test(wordsBefore(text, found.index, 12)))
    : [];
  const v6 = text.includes(':') ? scan(text, IPV6, 'ip', (found) => ipv6Like(found[0])) : [];
  return [...v4, ...v6];
}

export function findMacAddresses(text: string): Match[] {
  return scan(
    text,
    MAC,
    'mac',
    (found) => !/^\d+$/.test(found[0].replace(/[:.-]/g, '')) || found[0].includes(':'),
  );
}
