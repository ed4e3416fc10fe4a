/**
 * Keeps editor tabs on one procedure consistent. After each save the editor posts on a
 * BroadcastChannel (it reaches the extension's other pages, never web pages); the recorder's
 * `page.procedureChanged` broadcast arrives through runtime messaging. Either one reloads from storage.
 */
import browser from 'webextension-polyfill';
import { listen } from '../../shared/messaging';
import type { BackgroundToPage } from '../../shared/protocol';
import { isProcedureChange, PROCEDURE_CHANNEL, type ProcedureChangeMessage } from '../../shared/ui/channel';

export interface Sync {
  /** Tells the other tabs that this procedure changed in storage. */
  notify(): void;
  close(): void;
}

export function connectSync(procedureId: string, onChange: () => void): Sync {
  const channel = new BroadcastChannel(PROCEDURE_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isProcedureChange(event.data) && event.data.procedureId === procedureId) onChange();
  };
  const unlisten = listen<BackgroundToPage, true>(
    {
      'page.procedureChanged': async (payload) => {
        if (payload.procedureId === procedureId) onChange();
        return undefined;
      },
    },
    // Only this extension's own background sends these.
    (sender) => (sender.id === browser.runtime.id ? true : undefined),
  );
  return {
    notify: () => channel.postMessage({ procedureId } satisfies ProcedureChangeMessage),
    close: () => {
      channel.close();
      unlisten();
    },
  };
}
