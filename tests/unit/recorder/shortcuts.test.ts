/** Handoff's own start/stop shortcut never becomes a step; other shortcuts still do. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EXTENSION_SHORTCUTS,
  isExtensionShortcut,
  parseShortcut,
  shortcutsOf,
} from '../../../src/shared/shortcuts';
import { record, trusted } from './dom-events';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  commands: Record<string, { suggested_key: Record<string, string> }>;
};

function press(element: Element, key: string, code: string, modifiers: Partial<KeyboardEventInit> = {}) {
  element.dispatchEvent(
    trusted(new KeyboardEvent('keydown', { bubbles: true, composed: true, key, code, ...modifiers })),
  );
}

describe('the shortcut list', () => {
  it('comes from the manifest: every suggested key of every command', () => {
    const suggested = Object.values(manifest.commands).flatMap((c) => Object.values(c.suggested_key));
    expect(suggested).toContain('Alt+Shift+R');
    expect(EXTENSION_SHORTCUTS).toHaveLength(suggested.length);
    expect(EXTENSION_SHORTCUTS).toContainEqual(parseShortcut('Alt+Shift+R'));
  });

  it('parses letters, digits, named keys and the macOS modifiers', () => {
    expect(parseShortcut('Alt+Shift+R')).toEqual({
      alt: true,
      shift: true,
      ctrlOrCommand: false,
      macCtrl: false,
      code: 'KeyR',
    });
    expect(parseShortcut('Ctrl+5')?.code).toBe('Digit5');
    expect(parseShortcut('Command+Shift+Comma')).toMatchObject({ ctrlOrCommand: true, code: 'Comma' });
    expect(parseShortcut('MacCtrl+Up')).toMatchObject({ macCtrl: true, code: 'ArrowUp' });
    expect(parseShortcut('Alt+MediaPlayPause')).toBeUndefined();
    expect(
      shortcutsOf({ a: { suggested_key: { default: 'Ctrl+Q', mac: 'Command+Q' } }, b: {} }),
    ).toHaveLength(2);
  });

  it('matches by key position, so a layout that types another character still matches', () => {
    const base = { altKey: true, shiftKey: true, ctrlKey: false, metaKey: false };
    expect(isExtensionShortcut({ ...base, code: 'KeyR' })).toBe(true);
    expect(isExtensionShortcut({ ...base, code: 'KeyT' })).toBe(false);
    expect(isExtensionShortcut({ ...base, shiftKey: false, code: 'KeyR' })).toBe(false);
    expect(isExtensionShortcut({ ...base, ctrlKey: true, code: 'KeyR' })).toBe(false);
  });
});

describe('the recorder', () => {
  let recorder: ReturnType<typeof record>;
  afterEach(() => {
    recorder.stop();
    document.body.innerHTML = '';
  });

  it('records no step for Alt+Shift+R, on the page or in a field, but does for Alt+Shift+T', () => {
    document.body.innerHTML = '<label>Note <input></label><button>Go</button>';
    recorder = record();
    press(document.querySelector('button')!, 'R', 'KeyR', { altKey: true, shiftKey: true });
    press(document.querySelector('input')!, 'R', 'KeyR', { altKey: true, shiftKey: true });
    // macOS: Option+Shift+R types "‰", the code is still KeyR.
    press(document.body, '‰', 'KeyR', { altKey: true, shiftKey: true });
    expect(recorder.drafts()).toEqual([]);
    press(document.querySelector('button')!, 'T', 'KeyT', { altKey: true, shiftKey: true });
    expect(recorder.drafts()).toMatchObject([{ type: 'key', keys: ['Alt', 'Shift', 'T'] }]);
  });
});
