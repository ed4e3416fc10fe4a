/** The sites the recorder is registered on while recording: one pattern per host, any port. */
import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../../src/background/early-injection';

describe('sitePattern', () => {
  it('covers a site on any port, path and scheme of the web', () => {
    expect(sitePattern('https://books.example:8443/invoices/new?x=1')).toBe('*://books.example/*');
    expect(sitePattern('http://127.0.0.1:40303/invoice/')).toBe('*://127.0.0.1/*');
  });

  it('covers local files as one site', () => {
    expect(sitePattern('file:///home/vera/report.html')).toBe('file:///*');
  });

  it('has no pattern for pages a recording cannot visit', () => {
    expect(sitePattern('chrome://settings')).toBeUndefined();
    expect(sitePattern('about:blank')).toBeUndefined();
    expect(sitePattern('not a url')).toBeUndefined();
  });
});
