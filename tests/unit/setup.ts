import 'fake-indexeddb/auto';
import { vi } from 'vitest';

// webextension-polyfill refuses to load outside an extension; unit tests get an in-memory fake.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});
