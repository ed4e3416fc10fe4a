/**
 * "Cover an element…": the person points at an element on the page (or moves focus to it with
 * Tab) and clicks it (or presses Enter); it becomes a picked rule for this site, covered in every
 * screenshot from then on. Escape cancels. While picking, the page gets neither the click nor
 * the key, and the recorder records neither (isPicking). The outline lives in a closed shadow
 * root, so the page cannot read or restyle it.
 */
import { anchoredSelector } from './selectors';

let active: { stop: () => void } | undefined;

/** True while the person is choosing an element: the recorder leaves those events alone. */
export function isPicking(): boolean {
  return active !== undefined;
}

function outline(): { show: (element: Element | null) => void; remove: () => void } {
  const host = document.createElement('handoff-picker');
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.style.cssText =
    'position:fixed;pointer-events:none;z-index:2147483647;border:2px solid #d9480f;background:rgba(217,72,15,.15);display:none';
  root.append(box);
  document.documentElement.append(host);
  return {
    show(element) {
      if (!element) {
        box.style.display = 'none';
        return;
      }
      const r = element.getBoundingClientRect();
      Object.assign(box.style, {
        display: 'block',
        left: `${r.left - 2}px`,
        top: `${r.top - 2}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    },
    remove: () => host.remove(),
  };
}

/** The element a pick means: light DOM only (a shadow tree's host stands for its insides). */
function pickable(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  let element: Element = target;
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = element.getRootNode())
    element = root.host;
  return element === document.documentElement || element === document.body ? null : element;
}

/**
 * Starts picking; `done` hears the selector of the element chosen, or undefined when cancelled.
 * A second start while picking restarts.
 */
export function startPicking(done: (selector: string | undefined) => void): void {
  active?.stop();
  const view = outline();
  let current: Element | null =
    document.activeElement instanceof Element ? pickable(document.activeElement) : null;
  view.show(current);
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const finish = (element: Element | null | undefined) => {
    stop();
    done(element ? anchoredSelector(element, document.documentElement) : undefined);
  };
  const handlers: Array<[string, (event: Event) => void]> = [
    [
      'pointermove',
      (event) => {
        current = pickable(event.target);
        view.show(current);
      },
    ],
    [
      'focusin',
      (event) => {
        current = pickable(event.target);
        view.show(current);
      },
    ],
    ['pointerdown', swallow],
    ['mousedown', swallow],
    ['pointerup', swallow],
    ['mouseup', swallow],
    [
      'click',
      (event) => {
        swallow(event);
        // A page's own synthetic events neither choose nor cancel.
        if (event.isTrusted) finish(pickable(event.target));
      },
    ],
    [
      'keydown',
      (event) => {
        const key = (event as KeyboardEvent).key;
        if (!event.isTrusted) return;
        if (key === 'Escape') {
          swallow(event);
          finish(undefined);
        } else if (key === 'Enter') {
          swallow(event);
          finish(current);
        }
      },
    ],
  ];
  for (const [type, handler] of handlers) window.addEventListener(type, handler, { capture: true });
  const stop = () => {
    for (const [type, handler] of handlers) window.removeEventListener(type, handler, { capture: true });
    view.remove();
    active = undefined;
  };
  active = { stop };
}
