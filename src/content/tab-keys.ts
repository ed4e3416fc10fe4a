/**
 * Tabs that arrow keys select (automatic activation) get no click: the tab selected once the keys
 * stop, or before the next step, is the step (`Open the "Reports" tab`), once however many keys.
 */
import type { Sink } from './events';

/** Arrow keys moving through tabs end in one step once they pause this long. */
const TAB_SETTLE_MS = 600;
const TAB_KEYS = /^(Arrow(Left|Right|Up|Down)|Home|End)$/;

export function watchTabKeys(sink: Sink): {
  /** A key on `element`; true when it moved through tabs (then it is not a step of its own). */
  key(element: Element, event: KeyboardEvent, at: number): boolean;
  /** Sends the tab the keys stopped on, if they changed it. */
  settle(): void;
} {
  let move:
    | { list: Element; before: Element | null; at: number; timer?: ReturnType<typeof setTimeout> }
    | undefined;
  const selectedTab = (list: Element) => list.querySelector('[role="tab"][aria-selected="true"]');

  const settle = () => {
    const m = move;
    move = undefined;
    if (!m) return;
    clearTimeout(m.timer);
    const now = selectedTab(m.list);
    if (!now?.isConnected || now === m.before) return;
    sink.emit({ type: 'click', target: sink.describe(now), button: 'left', clickCount: 1 }, m.at);
  };

  const key = (element: Element, event: KeyboardEvent, at: number): boolean => {
    if (!TAB_KEYS.test(event.key) || element.getAttribute('role') !== 'tab') return false;
    const list = element.closest('[role="tablist"]');
    if (!list) return false;
    const current = move ?? { list, before: selectedTab(list), at };
    clearTimeout(current.timer);
    current.at = at;
    current.timer = setTimeout(settle, TAB_SETTLE_MS);
    move = current;
    return true;
  };

  return { key, settle };
}
