/** Library entry: loads the list, keeps it fresh when procedures change elsewhere, renders. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t, ui } from '../shared/i18n';
import { listen } from '../shared/messaging';
import type { BackgroundToPage } from '../shared/protocol';
import '../shared/ui/base.css';
import './library.css';
import { PROCEDURE_CHANNEL } from '../shared/ui/channel';
import { LibraryApp } from './components/LibraryApp';
import { emptyOldBin } from './purge';
import { LibraryStore } from './store';

document.documentElement.lang = ui.locale;
document.title = t('libraryTitle');
const store = new LibraryStore();
render(<LibraryApp store={store} />, document.getElementById('app')!);
void emptyOldBin()
  .catch(() => 0)
  .then(() => store.refresh());

// Editors post here after saving; the recorder broadcasts page.procedureChanged.
const channel = new BroadcastChannel(PROCEDURE_CHANNEL);
channel.onmessage = () => void store.refresh();
listen<BackgroundToPage, true>(
  {
    'page.procedureChanged': async () => {
      void store.refresh();
      return undefined;
    },
  },
  (sender) => (sender.id === browser.runtime.id ? true : undefined),
);
addEventListener('focus', () => void store.refresh());
// Undo goes with the page, so a deletion it still offered becomes final and frees its disk space
// (best effort: the bin's clean-up above catches one the closing page could not finish).
addEventListener('pagehide', (event) => {
  if (!event.persisted) void store.endUndo().catch(() => undefined);
});
