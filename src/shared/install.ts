/** Names the welcome-on-install logic shares with the tests that check it (no browser APIs here). */

/** The page opened once after the first install. */
export const WELCOME_PATH = 'src/welcome/index.html';
/** storage.local: epoch ms when the welcome page was opened, so it is opened once. */
export const WELCOMED_KEY = 'handoff.welcomedAt';
/** storage.local: the last install event handled ({ reason, at }), so tests can wait for it. */
export const INSTALL_EVENT_KEY = 'handoff.lastInstallEvent';
