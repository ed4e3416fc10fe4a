/**
 * The guide's content script: injected by the background into the top frame of guided tabs only
 * (background/guide/inject.ts), idempotent like the recorder's bootstrap. It shows the current
 * step, finds its element (locate.ts), keeps the highlight on it while the page scrolls or
 * re-renders, and reports when the person did the step (watch.ts). It sends the background step
 * ids only: nothing the page shows leaves the page.
 */
import type {
  GuideBackgroundToContent,
  GuideContentToBackground,
  GuideControl,
  GuidePicture,
  GuideShow,
  GuideStepView,
} from '../../shared/guide-protocol';
import { isExtensionPage, listen, sendMessage } from '../../shared/messaging';
import { frameOffset, locate } from './locate';
import { type Finding, GuidePanel } from './panel';
import { drawPicture } from './picture';
import { EventLog, type Seen, StepWatch } from './watch';

declare global {
  // In the content script's isolated world: the page can neither see nor replace it.
  var __handoffGuide: { refresh(): void } | undefined;
}

/** Re-locating after page changes at most this often. */
const RELOCATE_MS = 150;

type Send = <K extends keyof GuideContentToBackground & string>(
  name: K,
  payload: Parameters<GuideContentToBackground[K]>[0],
) => Promise<ReturnType<GuideContentToBackground[K]>>;
const send: Send = (name, payload) =>
  sendMessage<GuideContentToBackground, typeof name>(name, payload) as never;

/** The element's box in the top-level viewport: an element in a same-origin frame is offset by it. */
function topLevelBox(element: Element): DOMRect {
  const r = element.getBoundingClientRect();
  if (element.ownerDocument === document) return r;
  const offset = frameOffset(element);
  return new DOMRect(r.x + offset.x, r.y + offset.y, r.width, r.height);
}

class Guide {
  private show: GuideShow = { state: 'off' };
  private element: Element | undefined;
  private finding: Finding = 'none';
  private watch: StepWatch | undefined;
  /** Events up to this one belong to steps already done. */
  private afterSeq = 0;
  private frame = 0;
  private relocateTimer: ReturnType<typeof setTimeout> | undefined;
  private scrolledFor: string | undefined;
  private pictureOf: { stepId: string; picture: Promise<GuidePicture | null> } | undefined;
  private readonly panel: GuidePanel;
  private readonly log: EventLog;
  private readonly observer: MutationObserver;

  constructor() {
    this.panel = new GuidePanel({
      control: (what) => void this.control(what),
      picture: (canvas) => this.picture(canvas),
    });
    this.log = new EventLog(
      (event) => this.panel.owns(event),
      (seen) => this.seen(seen),
    );
    this.observer = new MutationObserver(() => this.pageChanged());
    listen<GuideBackgroundToContent, true>(
      {
        'guide.show': async (show) => {
          this.apply(show);
          return undefined;
        },
      },
      (sender) => (isExtensionPage(sender) ? true : undefined),
    );
    addEventListener('load', () => this.pageChanged());
    document.addEventListener('visibilitychange', () => this.pageChanged());
  }

  private get view(): GuideStepView | undefined {
    return this.show.state === 'step' ? this.show.view : undefined;
  }

  /** Asks the background what to show; the worker may be starting, so a few tries. */
  async refresh(): Promise<void> {
    for (const delay of [0, 100, 300, 1000, 3000]) {
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        this.apply(await send('guide.hello', { url: location.href }));
        return;
      } catch (error) {
        if (/Extension context invalidated/i.test(String(error))) return;
      }
    }
  }

  apply(show: GuideShow): void {
    const before = this.view?.stepId;
    this.show = show;
    const view = this.view;
    if (!view) {
      this.watch = undefined;
      this.element = undefined;
      this.stopFollowing();
      if (show.state === 'off') {
        this.panel.remove();
        return;
      }
      this.whenReady(() => this.panel.render(show, 'none'));
      return;
    }
    if (view.stepId !== before) {
      this.panel.resetPicture();
      this.element = undefined;
      this.finding = view.target ? 'looking' : 'none';
      this.watch = new StepWatch(view.expect, () => this.element);
    }
    this.whenReady(() => {
      this.locateNow();
      this.render();
      this.follow();
      // What the person did while this step was on its way (a click right after typing) counts.
      for (const seen of this.log.since(this.afterSeq)) if (this.check(seen)) break;
    });
  }

  private whenReady(fn: () => void): void {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn, { once: true });
    else fn();
  }

  private render(): void {
    this.panel.render(this.show, this.finding);
  }

  private locateNow(): void {
    const view = this.view;
    if (!view?.target) return;
    const result = locate(view.target, document, {
      skip: (element) => element === this.panel.host,
    });
    const before = this.finding;
    if (result.found) {
      this.element = result.element;
      this.log.watch(result.element.ownerDocument.defaultView);
      this.finding = 'found';
      if (this.scrolledFor !== view.stepId) {
        this.scrolledFor = view.stepId;
        this.bringIntoView(result.element);
      }
    } else {
      this.element = undefined;
      // Still loading, or a tab in the background (the step may be for another tab): keep
      // looking. Loaded, in front, and not there: say so.
      this.finding =
        document.readyState === 'complete' && document.visibilityState === 'visible' ? 'missing' : 'looking';
    }
    if (this.finding !== before) this.render();
  }

  /**
   * Scrolls an element the person cannot see into view, once per step. A page still loading is
   * scrolled after its load event: a reload restores the old scroll position then, which would
   * undo a scroll made earlier (seen in CI under load, with the step after a reload).
   */
  private bringIntoView(element: Element): void {
    const scroll = () => {
      if (this.element !== element || !element.isConnected) return;
      const box = element.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth)
        element.scrollIntoView({ block: 'center', inline: 'nearest' });
    };
    if (document.readyState === 'complete') scroll();
    else addEventListener('load', () => requestAnimationFrame(scroll), { once: true });
  }

  /** The page changed: find the element again when it went away or was never found. */
  private pageChanged(): void {
    if (!this.view) return;
    if (!this.panel.host.isConnected) this.panel.attach();
    if (this.element?.isConnected && this.finding === 'found') return;
    if (this.relocateTimer !== undefined) return;
    this.relocateTimer = setTimeout(() => {
      this.relocateTimer = undefined;
      this.locateNow();
    }, RELOCATE_MS);
  }

  /** Keeps the highlight on the element every frame while a step is shown. */
  private follow(): void {
    if (!this.frame) this.observer.observe(document, { childList: true, subtree: true });
    cancelAnimationFrame(this.frame);
    const tick = () => {
      const element = this.element;
      if (element && !element.isConnected) this.pageChanged();
      this.panel.highlight(element?.isConnected ? topLevelBox(element) : undefined);
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stopFollowing(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.observer.disconnect();
    this.panel.highlight(undefined);
  }

  private seen(seen: Seen): void {
    if (this.view && document.readyState !== 'loading') this.check(seen);
  }

  /** Feeds one event to the step's check; reports the step done when it completes it. */
  private check(seen: Seen): boolean {
    const view = this.view;
    if (!view || !this.watch?.see(seen)) return false;
    this.afterSeq = seen.seq;
    void send('guide.acted', { runId: view.runId, stepId: view.stepId })
      .then((show) => this.apply(show))
      .catch(() => undefined);
    return true;
  }

  private async control(what: GuideControl): Promise<void> {
    const view = this.view;
    this.afterSeq = this.log.last;
    const runId = view?.runId ?? (this.show.state === 'finished' ? this.show.runId : '');
    const stepId = view?.stepId ?? 'none';
    try {
      this.apply(await send('guide.control', { runId, stepId, control: what }));
    } catch {
      if (what === 'stop') this.apply({ state: 'off' });
    }
  }

  private async picture(canvas: HTMLCanvasElement): Promise<boolean> {
    const view = this.view;
    if (!view) return false;
    // The panel is drawn again as the step's state changes: ask for the bytes once per step.
    if (this.pictureOf?.stepId !== view.stepId) {
      const asked = send('guide.picture', { runId: view.runId, stepId: view.stepId }).catch(() => null);
      this.pictureOf = { stepId: view.stepId, picture: asked };
    }
    const picture = await this.pictureOf.picture;
    if (!picture) return false;
    await drawPicture(picture, canvas);
    return true;
  }
}

if (globalThis.__handoffGuide) globalThis.__handoffGuide.refresh();
else {
  const guide = new Guide();
  globalThis.__handoffGuide = { refresh: () => void guide.refresh() };
  void guide.refresh();
}
