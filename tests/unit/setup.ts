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
