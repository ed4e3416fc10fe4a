/**
 * The icon files, named once: the manifest lists them (checked by a test), the toolbar switches
 * between them (src/background/badge.ts), and scripts/icons.ts renders them from icons/handoff.svg.
 */

/** Sizes of the add-on's own icon (stores, the extensions page, the toolbar when idle). */
export const APP_ICON_SIZES = [16, 32, 48, 128] as const;

/** The toolbar draws at 16 px, or 32 px on high-density screens. */
export const TOOLBAR_ICON_SIZES = [16, 32] as const;

export type ToolbarState = 'idle' | 'recording' | 'paused';

export function appIconPath(size: number): string {
  return `icons/handoff-${size}.png`;
}

/** The toolbar icon for a state; idle is the add-on's own icon. */
export function toolbarIconPath(state: ToolbarState, size: number): string {
  return state === 'idle' ? appIconPath(size) : `icons/toolbar-${state}-${size}.png`;
}

/** `{16: path, 32: path}` as action.setIcon and the manifest's action.default_icon take it. */
export function toolbarIcons(state: ToolbarState): Record<string, string> {
  return Object.fromEntries(TOOLBAR_ICON_SIZES.map((size) => [String(size), toolbarIconPath(state, size)]));
}
