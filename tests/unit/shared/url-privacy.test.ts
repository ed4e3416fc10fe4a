import { describe, expect, it } from 'vitest';
import { looksLikeToken, scrubTitle, scrubUrl } from '../../../src/shared/url-privacy';

describe('scrubUrl', () => {
  it('keeps origin and path, and the names of query parameters without their values', () => {
    expect(
      scrubUrl('https://app.example.com/account/reset?token=8f2c1e9a7b6d5c4e3f2a1b0c&email=vera%40acme.test'),
    ).toBe('https://app.example.com/account/reset?token=…&email=…');
  });

  it('drops OAuth callback codes and fragment tokens', () => {
    expect(scrubUrl('https://app.example.com/oauth/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz')).toBe(
      'https://app.example.com/oauth/callback?code=…&state=…',
    );
    expect(
      scrubUrl('https://app.example.com/cb#access_token=ya29.a0AfH6SMB&token_type=Bearer&expires_in=3599'),
    ).toBe('https://app.example.com/cb');
    expect(scrubUrl('https://app.example.com/#/invoices/42')).toBe('https://app.example.com/');
  });

  it('hides signed download signatures and session ids', () => {
    expect(
      scrubUrl(
        'https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=4b1f2a9c0de3&X-Amz-Expires=300',
      ),
    ).toBe('https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=…&X-Amz-Signature=…&X-Amz-Expires=…');
    expect(scrubUrl('https://shop.example/cart;jsessionid=A1B2C3D4E5F6A7B8C9D0?sid=77f1')).not.toMatch(
      /A1B2C3D4E5F6A7B8C9D0|77f1/,
    );
  });

  it('hides token-like path segments (magic links, reset links) but keeps slugs and ids', () => {
    expect(scrubUrl('https://app.example.com/magic/3f9a8c7e6d5b4a39281706f5e4d3c2b1/login')).toBe(
      'https://app.example.com/magic/…/login',
    );
    expect(scrubUrl('https://app.example.com/reset/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig')).toBe(
      'https://app.example.com/reset/…',
    );
    expect(scrubUrl('https://app.example.com/invoices/INV-1041/edit')).toBe(
      'https://app.example.com/invoices/INV-1041/edit',
    );
    expect(scrubUrl('https://help.example.com/articles/how-to-reset-your-password-2024')).toBe(
      'https://help.example.com/articles/how-to-reset-your-password-2024',
    );
  });

  it('never keeps credentials in the authority', () => {
    expect(scrubUrl('https://vera:Hunter2@intranet.example/admin')).toBe('https://intranet.example/admin');
  });

  it('keeps at most the part before a query of something that is not a URL', () => {
    expect(scrubUrl('not a url?token=abc')).toBe('not a url');
    expect(scrubUrl('data:text/html,<b>secret</b>')).toBe('data:…');
  });

  it('is idempotent', () => {
    const once = scrubUrl('https://a.example/x/3f9a8c7e6d5b4a39281706f5?token=abc#frag');
    expect(scrubUrl(once)).toBe(once);
  });
});

describe('looksLikeToken', () => {
  it.each([
    ['8f2c1e9a7b6d5c4e3f2a', true],
    ['4242424242424242', true],
    ['eyJhbGciOiJIUzI1NiJ9', true],
    ['invoice-2024-march', false],
    ['INV-1041', false],
    ['settings', false],
    ['550e8400-e29b-41d4-a716-446655440000', false],
  ])('%s → %s', (segment, expected) => {
    expect(looksLikeToken(segment)).toBe(expected);
  });
});

describe('scrubTitle', () => {
  it('hides values of the address that the title echoes', () => {
    expect(
      scrubTitle(
        'Reset password for vera@acme.test',
        'https://a.example/reset?token=abc123xyz&email=vera%40acme.test',
      ),
    ).toBe('Reset password for …');
    expect(
      scrubTitle('Search: quarterly payroll · Acme', 'https://a.example/search?q=quarterly+payroll'),
    ).toBe('Search: … · Acme');
  });

  it('hides fragment tokens echoed in a title, whatever their case', () => {
    expect(
      scrubTitle('Signed in with TOKEN ABCDEF1234', 'https://a.example/cb#access_token=abcdef1234'),
    ).toBe('Signed in with TOKEN …');
  });

  it('leaves titles alone when nothing is echoed, and ignores very short values', () => {
    expect(scrubTitle('Invoices · Acme Books', 'https://a.example/invoices?page=2')).toBe(
      'Invoices · Acme Books',
    );
  });
});
