/**
 * Keeps editor tabs on one procedure consistent. After each save the editor posts on a
 * BroadcastChannel (it reaches the extension's other pages, never web pages); the recorder's
 * `page.procedureChanged` broadcast arrives through runtime messaging. Either one reloads from storage.
 */
import browser from 'webextension-polyfill';
import { listen } from '../../shared/messaging';
import type { BackgroundToPage } from '../../shared/protocol';

export const CHANNEL_NAME = 'handoff-procedure';

export interface ChangeMessage {
  procedureId: string;
}

function isChange(data: unknown): data is ChangeMessage {
  return typeof data === 'object' && data !== null && typeof (data as ChangeMessage).procedureId === 'string';
}

export interface Sync {
  /** Tells the other tabs that this procedure changed in storage. */
  notify(): void;
  close(): void;
}

export function connectSync(procedureId: string, onChange: () => void): Sync {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isChange(event.data) && event.data.procedureId === procedureId) onChange();
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
    notify: () => channel.postMessage({ procedureId } satisfies ChangeMessage),
    close: () => {
      channel.close();
      unlisten();
    },
  };
}
