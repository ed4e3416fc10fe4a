/**
 * The keyboard shortcuts (start/stop, screenshot step), as the browser has it now: the person
 * can change or clear it, so pages read it rather than repeat the manifest's suggestion.
 */
import browser from 'webextension-polyfill';

export const TOGGLE_COMMAND = 'toggle-recording';
/** While recording: a "Look at …" step with a screenshot of the page (background/screenshot-command.ts). */
export const SCREENSHOT_COMMAND = 'take-screenshot';

/** A command's shortcut ("Alt+Shift+R"), '' when none is set, undefined when the browser cannot say. */
export async function commandShortcut(name: string): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === name)?.shortcut ?? '';
  } catch {
    return undefined;
  }
}

export const toggleShortcut = () => commandShortcut(TOGGLE_COMMAND);
export const screenshotShortcut = () => commandShortcut(SCREENSHOT_COMMAND);
