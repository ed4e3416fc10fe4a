/**
 * The fake browser (@webext-core/fake-browser) with the parts of the extension API it leaves
 * unimplemented filled in the way the background's wiring (src/background/index.ts) uses them, so
 * a unit test can import the real background and drive it: keyboard commands delivered by hand,
 * navigation events heard by nobody, content scripts registered and kept as Chrome keeps them,
 * and a capture that returns a real 1×1 PNG. A test overrides what it needs before importing
 * the background.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

/** A real 1×1 PNG, as captureVisibleTab returns it. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

type CommandListener = (command: string) => void;
type Api = Record<string, Record<string, unknown>>;

export interface FakeBackground {
  /** The fake browser's namespaces, writable, for a test's own overrides. */
  fake: Api;
  /** Delivers a keyboard command to every listener the background added. */
  press(command: string): void;
  /** How many listeners the background added for commands. */
  commandListeners(): number;
  /** The content scripts registered now, by id. */
  registered: Map<string, unknown>;
}

export function fillFakeBrowser(): FakeBackground {
  const fake = fakeBrowser as unknown as Api;
  const listeners: CommandListener[] = [];
  fake.commands!.onCommand = { addListener: (l: CommandListener) => listeners.push(l) };
  for (const event of [
    'onBeforeNavigate',
    'onCommitted',
    'onCompleted',
    'onHistoryStateUpdated',
    'onCreatedNavigationTarget',
  ]) {
    fake.webNavigation![event] = { addListener: () => undefined };
  }
  fake.webNavigation!.getAllFrames = async () => [];
  fake.scripting!.executeScript = vi.fn(async () => []);
  const registered = new Map<string, unknown>();
  fake.scripting!.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) =>
    ids.filter((id) => registered.has(id)).map((id) => registered.get(id));
  fake.scripting!.registerContentScripts = async (scripts: Array<{ id: string }>) => {
    for (const s of scripts) registered.set(s.id, s);
  };
  fake.scripting!.updateContentScripts = fake.scripting!.registerContentScripts;
  fake.scripting!.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    for (const id of ids) registered.delete(id);
  };
  fake.tabs!.captureVisibleTab = vi.fn(async () => PNG_DATA_URL);
  return {
    fake,
    press: (command) => {
      for (const listener of listeners) listener(command);
    },
    commandListeners: () => listeners.length,
    registered,
  };
}
