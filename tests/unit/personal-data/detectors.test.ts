/**
 * Each detector family on true positives and on the numbers that look like them but are not
 * personal data: dates, prices, order and invoice numbers, versions, times.
 */
import { describe, expect, it } from 'vitest';
import { luhn } from '../../../src/shared/personal-data/card';
import { ibanValid } from '../../../src/shared/personal-data/iban';
import { DETECTED_KINDS, type DetectedKind, findPersonalData } from '../../../src/shared/personal-data/index';
import { germanTaxIdValid } from '../../../src/shared/personal-data/national-id';

const ALL = new Set(DETECTED_KINDS);

/** The matched substrings with their kinds, e.g. ["email:jane@x.test"]. */
function found(text: string, kinds: ReadonlySet<DetectedKind> = ALL): string[] {
  return findPersonalData(text, kinds).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
}

describe('emails', () => {
  it('finds addresses with dots, plus tags and sub-domains', () => {
    expect(found('Mail jane.doe@example.com or j_smith+crm@mail.example.co.uk.')).toEqual([
      'email:jane.doe@example.com',
      'email:j_smith+crm@mail.example.co.uk',
    ]);
  });
  it('leaves out mentions, paths and bare hosts', () => {
    expect(found('@jane wrote to user@localhost about git@ and npm i @scope/pkg@1.2.3')).toEqual([]);
  });
});

describe('phones', () => {
  it.each([
    '+1 (555) 234-5678',
    '+49 30 12345678',
    '+44 20 7946 0958',
    '+33 1 23 45 67 89',
    '+4930123456',
    '0049 30 1234567',
    '(555) 234-5678',
    '555-234-5678',
    '555.234.5678',
    '030 1234 5678',
    '0171/1234567',
    '06 12 34 56 78',
    '07700 900123',
  ])('finds %s', (phone) => {
    expect(found(`Call ${phone}, thanks`)).toEqual([`phone:${phone}`]);
  });
  it('finds a looser number after a word that says phone', () => {
    expect(found('Tel: 555 1234 567')).toEqual(['phone:555 1234 567']);
    expect(found('Telefon 89 1234 5678')).toEqual(['phone:89 1234 5678']);
  });
  it.each([
    ['dates', '2024-03-12, 12.03.2024, 03/12/2024, 12/31/2026, 01.02.2024 12:30:45, 03/12/24'],
    ['prices', '$1,234.56 1.234,56 € EUR 12 345,00 1 234 567 +15.00 -2,500.00'],
    ['order numbers', 'Order ORD-2024-001234, order #10023456, PO 5948 6489 782, SO-555-234-5678'],
    [
      'phone-like invoice numbers',
      'Invoice 2024-555-0134, Invoice no. 0171 1234567, Ref: 030 1234 5678, INV-555-123-4567, Rechnung 0171 1234567',
    ],
    ['versions', '1.2.3 v10.4.1 version 1.0.0.1 build 4.2.0.17 Chrome 120.0.6099.109'],
    ['times', '12:30 10:30:45 23:59:59.999 from 09:00 to 17:30'],
    ['counts and ids', 'Qty 120, 250000 users, ticket 12345678, account 12345678901'],
  ])('leaves out %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('cards', () => {
  it('finds numbers that pass the Luhn check, grouped or whole', () => {
    expect(found('4111 1111 1111 1111 / 4111-1111-1111-1111 / 378282246310005 / 3782 822463 10005')).toEqual([
      'card:4111 1111 1111 1111',
      'card:4111-1111-1111-1111',
      'card:378282246310005',
      'card:3782 822463 10005',
    ]);
  });
  it('leaves out numbers that fail Luhn, odd groupings and digits glued to letters', () => {
    expect(found('4111 1111 1111 1112, 41 111 111 1111 1111, 4111111111111111x, 1234567890123')).toEqual([]);
    expect(luhn('79927398713')).toBe(false); // 11 digits: too short for a card
    expect(luhn('4242424242424242')).toBe(true);
  });
});

describe('IBANs', () => {
  it('finds IBANs grouped in fours or whole, when mod 97 gives 1', () => {
    expect(found('DE89 3704 0044 0532 0130 00 · GB82WEST12345698765432 · NL91ABNA0417164300')).toEqual([
      'iban:DE89 3704 0044 0532 0130 00',
      'iban:GB82WEST12345698765432',
      'iban:NL91ABNA0417164300',
    ]);
  });
  it('leaves out a wrong check digit and VAT ids', () => {
    expect(ibanValid('DE88370400440532013000')).toBe(false);
    expect(found('DE88 3704 0044 0532 0130 00, VAT DE123456789, ATU12345678')).toEqual([]);
  });
});

describe('national ids', () => {
  it('finds a US SSN with separators, a UK NINO, a German tax id', () => {
    expect(found('SSN 123-45-6789; NINO AB 12 34 56 C; Steuer-ID 86095742719, 86 095 742 719')).toEqual([
      'national-id:123-45-6789',
      'national-id:AB 12 34 56 C',
      'national-id:86095742719',
      'national-id:86 095 742 719',
    ]);
  });
  it('leaves out numbers never issued, unused prefixes and failed check digits', () => {
    expect(found('000-12-3456 666-12-3456 900-12-3456 123-00-4567 123-45-0000')).toEqual([]);
    expect(found('GB 12 34 56 C, QQ 12 34 56 C')).toEqual([]);
    expect(germanTaxIdValid('86095742718')).toBe(false);
    expect(germanTaxIdValid('12345678901')).toBe(false);
  });
});

describe('network addresses', () => {
  it('finds IPv4, IPv6 (full and compressed) and MAC addresses', () => {
    expect(
      found(
        'from 192.168.1.10 and 2001:db8:85a3::8a2e:370:7334 and fe80::1; MAC 00:1A:2B:3C:4D:5E, 001a.2b3c.4d5e',
      ),
    ).toEqual([
      'ip:192.168.1.10',
      'ip:2001:db8:85a3::8a2e:370:7334',
      'ip:fe80::1',
      'mac:00:1A:2B:3C:4D:5E',
      'mac:001a.2b3c.4d5e',
    ]);
  });
  it('leaves out versions, five-part numbers, out-of-range octets and times', () => {
    expect(found('v1.2.3.4, version 10.0.0.1, 1.2.3.4.5, 256.1.1.1, 12:30:45, 2024.0312.1530')).toEqual([]);
  });
});

describe('kinds that are off', () => {
  it('are not looked for', () => {
    const text = 'jane@example.com, +49 30 12345678, 4111 1111 1111 1111';
    expect(found(text, new Set(['card']))).toEqual(['card:4111 1111 1111 1111']);
    expect(found(text, new Set())).toEqual([]);
  });
});

describe('overlaps', () => {
  it('keeps one match where two families claim the same digits', () => {
    // A card number written after "Tel" is still one box, claimed by the checksummed family.
    expect(found('Tel: 4111 1111 1111 1111')).toHaveLength(1);
  });
});
