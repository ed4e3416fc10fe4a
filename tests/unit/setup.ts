import 'fake-indexeddb/auto';
import { vi } from 'vitest';

// webextension-polyfill refuses to load outside an extension; unit tests get an in-memory fake.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

// The fake browser leaves action.setIcon unimplemented (it throws "not mocked"); the toolbar icon
// is checked by the path given, with a spy (tests/unit/background/badge-icon.test.ts).
const { fakeBrowser } = await import('@webext-core/fake-browser');
fakeBrowser.action.setIcon = async () => {};

// A `?iife` import is the built script's file name in the extension; here it would run the guide's
// content script inside the importing test (it mounts its panel and asks for its words at once).
vi.mock('../../src/content/guide/main.ts?iife', () => ({ default: 'guide-content-script.js' }));
