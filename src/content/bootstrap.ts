/**
 * Content script entry. Injected by the background only into tabs being recorded (never declared
 * in the manifest), so pages that are not recorded run none of this. Injection can repeat
 * (a new recording in the same document), hence the idempotent bootstrap.
 */
import { isExtensionPage, listen, sendMessage } from '../shared/messaging';
import type { BackgroundToContent, ContentToBackground } from '../shared/protocol';
import { frameLayout } from './frame-layout';
import { startFrameLink } from './frame-link';
import { Outbox } from './outbox';
import { startPicking } from './picker';
import { Recorder } from './recorder';

interface Bootstrapped {
  refresh(): Promise<void>;
}

declare global {
  // Lives in the content script's isolated world: the page cannot see or fake it.
  var __handoffContent: Bootstrapped | undefined;
}

function boot(): Bootstrapped {
  let stopListening: (() => void) | undefined;
  const outbox = new Outbox(
    (event) => sendMessage<ContentToBackground, 'content.event'>('content.event', event),
    () => {
      recorder.detach();
      stopListening?.();
    },
  );
  const recorder = new Recorder(outbox, (stamp) => {
    // Best effort: a missed report only means no standby picture until the next change.
    sendMessage<ContentToBackground, 'content.settled'>('content.settled', { stamp }).catch(() => undefined);
  });

  const apply = (state: { record: boolean; paused: boolean }) => {
    if (state.record && !state.paused) recorder.attach();
    else recorder.detach();
  };

  stopListening = listen<BackgroundToContent, true>(
    {
      'content.state': async (state) => {
        apply(state);
        return undefined;
      },
      'content.frameLayout': async ({ personal }) => frameLayout(personal),
      'content.personal.pick': async () => {
        if (window.top !== window) return undefined;
        startPicking((selector) => {
          sendMessage<ContentToBackground, 'content.personal.picked'>(
            'content.personal.picked',
            selector ? { selector } : {},
          ).catch(() => undefined);
        });
        return undefined;
      },
    },
    (sender) => (isExtensionPage(sender) ? true : undefined),
  );

  startFrameLink();
  // Listen before the page's own scripts run; events are held until the background answers.
  recorder.listenEarly();
  // The worker may be starting ("Receiving end does not exist"): ask again rather than stay idle.
  const refresh = async () => {
    for (const delay of [0, 100, 300, 1000, 3000]) {
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        apply(
          await sendMessage<ContentToBackground, 'content.hello'>('content.hello', { url: location.href }),
        );
        return;
      } catch (error) {
        if (/Extension context invalidated/i.test(String(error))) break;
      }
    }
    recorder.detach();
  };
  void refresh();
  return { refresh };
}

if (globalThis.__handoffContent) void globalThis.__handoffContent.refresh();
else globalThis.__handoffContent = boot();
