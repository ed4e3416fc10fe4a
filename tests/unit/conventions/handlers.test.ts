/** Every message the protocol declares has a handler, and no handler answers a message that does not exist. */
import { describe, expect, it, vi } from 'vitest';
import { contentHandlers, pageHandlers } from '../../../src/background/handlers';
import { quotedKeys, source, typeBody } from './source';

// The background imports the built content script's path; the unit run has no crxjs to build it.
vi.mock('../../../src/content/bootstrap.ts?iife', () => ({ default: 'content-script.js' }));

const protocol = source('src/shared/protocol.ts');

describe('protocol ↔ handlers', () => {
  it.each([
    ['ContentToBackground', contentHandlers],
    ['PageToBackground', pageHandlers],
  ] as const)('%s: one handler per message', (map, handlers) => {
    const declared = quotedKeys(typeBody(protocol, map));
    expect(declared.length).toBeGreaterThan(0);
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(handlers).sort()).toEqual([...declared].sort());
    for (const name of declared) expect(typeof (handlers as Record<string, unknown>)[name]).toBe('function');
  });

  it('names messages by direction', () => {
    for (const name of quotedKeys(typeBody(protocol, 'ContentToBackground')))
      expect(name).toMatch(/^content\./);
    for (const name of quotedKeys(typeBody(protocol, 'PageToBackground'))) expect(name).toMatch(/^page\./);
  });

  it('reads the message names out of the source correctly', () => {
    const sample = `export type M = {
      /** says {hello} */
      'a.one': (payload: { x: { y: 'nested' } }) => { 'not.a.key': true };
      "b.two": (payload: Record<string, never>) => undefined;
    };`;
    expect(quotedKeys(typeBody(sample, 'M'))).toEqual(['a.one', 'b.two']);
  });
});
