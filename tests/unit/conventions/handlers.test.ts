/** Every message the protocol declares has a handler, and no handler answers a message that does not exist. */
import { describe, expect, it, vi } from 'vitest';
import { guideContentHandlers, guidePageHandlers } from '../../../src/background/guide/handlers';
import { contentHandlers, pageHandlers } from '../../../src/background/handlers';
import { GUIDE_CONTENT_TO_BACKGROUND, GUIDE_PAGE_TO_BACKGROUND } from '../../../src/shared/guide-protocol';
import {
  BACKGROUND_TO_CONTENT,
  BACKGROUND_TO_PAGE,
  CONTENT_TO_BACKGROUND,
  PAGE_TO_BACKGROUND,
} from '../../../src/shared/protocol';

// The background imports the built content script's path; the unit run has no crxjs to build it.
vi.mock('../../../src/content/bootstrap.ts?iife', () => ({ default: 'content-script.js' }));

describe('protocol ↔ handlers', () => {
  it.each([
    ['content → background', CONTENT_TO_BACKGROUND, contentHandlers],
    ['page → background', PAGE_TO_BACKGROUND, pageHandlers],
    ['guide content → background', GUIDE_CONTENT_TO_BACKGROUND, guideContentHandlers],
    ['guide page → background', GUIDE_PAGE_TO_BACKGROUND, guidePageHandlers],
  ] as const)('%s: one handler per message', (_map, declared, handlers) => {
    expect(declared.length).toBeGreaterThan(0);
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(handlers).sort()).toEqual([...declared].sort());
    for (const name of declared) expect(typeof (handlers as Record<string, unknown>)[name]).toBe('function');
  });

  it('names messages by who receives them', () => {
    for (const name of [...CONTENT_TO_BACKGROUND, ...BACKGROUND_TO_CONTENT])
      expect(name).toMatch(/^content\./);
    for (const name of [...PAGE_TO_BACKGROUND, ...BACKGROUND_TO_PAGE]) expect(name).toMatch(/^page\./);
    for (const name of GUIDE_CONTENT_TO_BACKGROUND) expect(name).toMatch(/^guide\./);
    for (const name of GUIDE_PAGE_TO_BACKGROUND) expect(name).toMatch(/^page\.guide\./);
  });

  it('gives every message one meaning: no name is in two maps', () => {
    const all = [
      ...CONTENT_TO_BACKGROUND,
      ...PAGE_TO_BACKGROUND,
      ...BACKGROUND_TO_CONTENT,
      ...BACKGROUND_TO_PAGE,
      ...GUIDE_CONTENT_TO_BACKGROUND,
      ...GUIDE_PAGE_TO_BACKGROUND,
    ];
    expect(new Set(all).size).toBe(all.length);
  });
});
