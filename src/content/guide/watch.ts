/**
 * Tells when the person has done the current step on its element, from trusted events only: a
 * page's own script can dispatch events and call el.click(), but those are never trusted, so the
 * page cannot move the guide on. The guide only listens; it never acts on the page.
 *
 * Events are kept for a moment: typing ends with a focusout that the next click causes, and that
 * click lands before the background has answered with the next step. The next step then looks at
 * what happened after the event that completed the one before.
 */
import type { Expectation } from '../../shared/guide-protocol';

/** A trusted event as the guide keeps it. */
export interface Seen {
  seq: number;
  at: number;
  type: string;
  path: EventTarget[];
  button: number;
  keys: string[];
  repeat: boolean;
}

const OPTION_ROLES =
  '[role="option"], [role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"], [role="gridcell"], td';

/** How long a kept event may still complete the next step. */
export const KEEP_MS = 2000;

export function keysOf(e: KeyboardEvent): string[] {
  const modifiers = [e.ctrlKey && 'Control', e.metaKey && 'Meta', e.altKey && 'Alt', e.shiftKey && 'Shift'];
  return [...modifiers.filter((m): m is string => typeof m === 'string'), e.key];
}

export function sameKeys(recorded: readonly string[], pressed: readonly string[]): boolean {
  const norm = (keys: readonly string[]) =>
    keys
      .map((k) => k.toLowerCase())
      .sort()
      .join('+');
  return norm(recorded) === norm(pressed);
}

/** One step's check: feed it events in order; it says when the step is done. */
export class StepWatch {
  private touched = false;
  finished = false;

  constructor(
    private readonly expect: Expectation,
    private readonly element: () => Element | undefined,
  ) {}

  /** True when this event completes the step. */
  see(seen: Seen): boolean {
    if (this.finished) return false;
    this.finished = this.completes(seen);
    return this.finished;
  }

  private completes(seen: Seen): boolean {
    const { expect } = this;
    const element = this.element();
    const on = element !== undefined && seen.path.includes(element);
    switch (expect.kind) {
      case 'click':
        if (!on) return false;
        if (expect.button === 'left') return seen.type === 'click' && seen.button === 0;
        if (expect.button === 'right') return seen.type === 'contextmenu';
        return seen.type === 'auxclick' && seen.button === 1;
      case 'type':
        if (on && seen.type === 'input') this.touched = true;
        return on && this.touched && (seen.type === 'change' || seen.type === 'focusout');
      case 'select':
        if (on && seen.type === 'change') return true;
        if (on && ['click', 'input', 'keydown'].includes(seen.type)) this.touched = true;
        return (
          this.touched &&
          expect.widget !== undefined &&
          seen.type === 'click' &&
          seen.path.some((n) => n instanceof Element && n.matches(OPTION_ROLES))
        );
      case 'check':
        return (
          on && (seen.type === 'change' || (seen.type === 'click' && !(element instanceof HTMLInputElement)))
        );
      case 'key':
        return seen.type === 'keydown' && !seen.repeat && sameKeys(expect.keys, seen.keys);
      case 'done':
        return false;
    }
  }
}

export const WATCHED = [
  'click',
  'auxclick',
  'contextmenu',
  'input',
  'change',
  'focusout',
  'keydown',
] as const;

/**
 * Listens to trusted events on window, in the capture phase (before the page's own listeners
 * could stop them), except those on the guide's own panel; keeps the recent ones.
 */
export class EventLog {
  private seq = 0;
  private readonly kept: Seen[] = [];
  private readonly windows = new Set<Window>();
  private readonly handler: (event: Event) => void;

  constructor(isOwn: (event: Event) => boolean, onSeen: (seen: Seen) => void) {
    this.handler = (event: Event) => {
      if (!event.isTrusted || isOwn(event)) return;
      const key = event instanceof KeyboardEvent;
      const seen: Seen = {
        seq: ++this.seq,
        at: performance.now(),
        type: event.type,
        path: event.composedPath(),
        button: event instanceof MouseEvent ? event.button : -1,
        keys: key ? keysOf(event) : [],
        repeat: key ? event.repeat : false,
      };
      this.kept.push(seen);
      while (this.kept.length > 0 && seen.at - this.kept[0]!.at > KEEP_MS) this.kept.shift();
      onSeen(seen);
    };
    this.watch(window);
  }

  /**
   * Listens in one more window: a same-origin frame whose element a step points at (its events
   * do not reach the top window). Each window once.
   */
  watch(win: Window | null): void {
    if (!win || this.windows.has(win)) return;
    this.windows.add(win);
    for (const type of WATCHED) win.addEventListener(type, this.handler, true);
  }

  /** Events after `seq`, still recent. */
  since(seq: number): Seen[] {
    const now = performance.now();
    return this.kept.filter((s) => s.seq > seq && now - s.at <= KEEP_MS);
  }

  get last(): number {
    return this.seq;
  }

  close(): void {
    for (const win of this.windows)
      for (const type of WATCHED) win.removeEventListener(type, this.handler, true);
    this.windows.clear();
  }
}
