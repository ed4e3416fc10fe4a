/**
 * The keyboard shortcut that starts and stops recording, as the browser has it now: the person
 * can change or clear it, so pages read it rather than repeat the manifest's suggestion.
 */
import browser from 'webextension-polyfill';

export const TOGGLE_COMMAND = 'toggle-recording';

/** The shortcut ("Alt+Shift+R"), '' when none is set, undefined when the browser cannot say. */
export async function toggleShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
  } catch {
    return undefined;
  }
}
