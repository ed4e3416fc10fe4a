/**
 * Handoff's own keyboard shortcuts, read from the manifest's `commands` so they are listed once.
 * Firefox delivers a command's key press to the page as well (Chrome swallows it), so the recorder
 * must recognise the press that stops a recording and not turn it into a "Press Alt+Shift+R" step.
 */
import { commands } from '../../manifest.json';

/** One key combination as the manifest writes it, e.g. "Alt+Shift+R" or "Ctrl+Shift+Comma". */
export interface Shortcut {
  alt: boolean;
  shift: boolean;
  /** "Ctrl" in a manifest means Command on macOS, so either key counts. */
  ctrlOrCommand: boolean;
  /** "MacCtrl": the Control key on macOS. */
  macCtrl: boolean;
  /** The key's `KeyboardEvent.code` (layout-independent: Alt+Shift+R types "®" on a Mac). */
  code: string;
}

const NAMED_CODES: Record<string, string> = {
  Comma: 'Comma',
  Period: 'Period',
  Space: 'Space',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
};

/** Parses a manifest key combination; undefined for one this module does not understand. */
export function parseShortcut(text: string): Shortcut | undefined {
  const parts = text.split('+').map((p) => p.trim());
  const key = parts.pop() ?? '';
  const code = /^[A-Z]$/i.test(key)
    ? `Key${key.toUpperCase()}`
    : /^[0-9]$/.test(key)
      ? `Digit${key}`
      : /^F([1-9]|1[0-2])$/.test(key)
        ? key
        : NAMED_CODES[key];
  if (!code) return undefined;
  return {
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    ctrlOrCommand: parts.includes('Ctrl') || parts.includes('Command'),
    macCtrl: parts.includes('MacCtrl'),
    code,
  };
}

interface CommandsSection {
  [name: string]: { suggested_key?: Record<string, string | undefined> };
}

/** Every key combination the manifest suggests, on every platform. */
export function shortcutsOf(section: CommandsSection | undefined): Shortcut[] {
  const out: Shortcut[] = [];
  for (const command of Object.values(section ?? {})) {
    for (const text of Object.values(command.suggested_key ?? {})) {
      const parsed = text ? parseShortcut(text) : undefined;
      if (parsed) out.push(parsed);
    }
  }
  return out;
}

export const EXTENSION_SHORTCUTS: readonly Shortcut[] = shortcutsOf(commands);

type KeyLike = Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>;

/** Whether this key press is one of Handoff's own shortcuts. */
export function isExtensionShortcut(event: KeyLike, shortcuts: readonly Shortcut[] = EXTENSION_SHORTCUTS) {
  return shortcuts.some(
    (s) =>
      event.code === s.code &&
      event.altKey === s.alt &&
      event.shiftKey === s.shift &&
      (event.ctrlKey || event.metaKey) === (s.ctrlOrCommand || s.macCtrl),
  );
}
