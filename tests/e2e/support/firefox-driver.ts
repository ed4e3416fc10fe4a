/**
 * What the Firefox test does through Marionette, in the words of the test: press the add-on's
 * command, read the toolbar button, find controls by role and accessible name, run a script in a
 * page. Scripts are plain strings: tsx's transform would add helpers the browser does not have.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { chord, type Marionette } from './marionette';

type ElementRef = Record<string, string>;

const CANDIDATES: Record<string, string> = {
  button: 'button, [role="button"], input[type="submit"], input[type="button"]',
  textbox: 'input, textarea, [role="textbox"], [contenteditable]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  link: 'a, [role="link"]',
};

/** Polls `probe` until it returns something other than undefined (a condition, not a fixed wait). */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await delay(100);
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export class FirefoxDriver {
  constructor(
    readonly client: Marionette,
    readonly addonId: string,
  ) {}

  async context(value: 'chrome' | 'content'): Promise<void> {
    await this.client.command('Marionette:SetContext', { value });
  }

  /** Runs `body` (a function body; may return a promise) in the current context. */
  async script<T>(body: string, args: unknown[] = []): Promise<T> {
    // An async arrow keeps the caller's `arguments` and lets the body await; the promise is awaited.
    const script = `return (async () => {\n${body}\n})();`;
    const result = await this.client.command<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return result.value;
  }

  /** Runs `body` in the browser's own chrome, then returns to the page. */
  async inChrome<T>(body: string): Promise<T> {
    await this.context('chrome');
    try {
      return await this.script<T>(body);
    } finally {
      await this.context('content');
    }
  }

  /**
   * Presses a key combination in the browser chrome, where Firefox matches it against add-on
   * commands (the same keys sent in the page's context do not fire commands.onCommand).
   */
  async pressInChrome(...keys: string[]): Promise<void> {
    await this.context('chrome');
    try {
      await this.client.command('WebDriver:PerformActions', chord(...keys));
      await this.client.command('WebDriver:ReleaseActions');
    } finally {
      await this.context('content');
    }
  }

  /** Presses a key combination in the page (the page sees it; no add-on command fires). */
  async pressInPage(...keys: string[]): Promise<void> {
    await this.client.command('WebDriver:PerformActions', chord(...keys));
    await this.client.command('WebDriver:ReleaseActions');
  }

  /** The add-on's toolbar button: its title, badge text and icon, as the person sees them. */
  toolbar(): Promise<{ title: string; badge: string; image: string } | null> {
    const widgetId = `${this.addonId.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;
    return this.inChrome(`
      const widget = CustomizableUI.getWidget(${JSON.stringify(widgetId)});
      const node = widget && widget.forWindow(window).node;
      const button = node && node.querySelector('toolbarbutton');
      if (!button) return null;
      const args = JSON.parse(button.getAttribute('data-l10n-args') || '{}');
      return {
        title: args.extensionTitle || button.getAttribute('tooltiptext') || '',
        badge: button.getAttribute('badge') || '',
        image: button.style.getPropertyValue('--webextension-toolbar-image'),
      };`);
  }

  /**
   * Uncaught errors and unhandled rejections in the add-on's pages, background and content
   * scripts: the console service holds them for every process, by source address.
   */
  uncaughtErrors(baseUrl: string): Promise<string[]> {
    return this.inChrome(`
      return Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag))
        .filter((m) => (m.sourceName || '').startsWith(${JSON.stringify(baseUrl)}))
        .map((m) => m.sourceName + ':' + m.lineNumber + ' ' + m.errorMessage);`);
  }

  async navigate(url: string): Promise<void> {
    await this.client.command('WebDriver:Navigate', { url });
  }

  async css(selector: string): Promise<ElementRef> {
    const found = await this.client.command<{ value: ElementRef }>('WebDriver:FindElement', {
      using: 'css selector',
      value: selector,
    });
    return found.value;
  }

  /**
   * The one element of `role` whose computed accessible name is `name`, both as Firefox's own
   * accessibility tree computes them; CSS only narrows the candidates, to save round trips.
   */
  async byRole(role: string, name: string): Promise<ElementRef> {
    return this.find(role, name, (computed) => computed === role);
  }

  /**
   * The one field labelled `name`, whatever its role: Firefox computes no ARIA role for a
   * password field (ARIA has none), so it cannot be found by role.
   */
  async byLabel(name: string): Promise<ElementRef> {
    return this.find('textbox', name, () => true);
  }

  private async find(role: string, name: string, roleMatches: (computed: string) => boolean) {
    const candidates = await this.client.command<ElementRef[] | { value: ElementRef[] }>(
      'WebDriver:FindElements',
      { using: 'css selector', value: CANDIDATES[role] ?? '*' },
    );
    const list = Array.isArray(candidates) ? candidates : candidates.value;
    const matches: ElementRef[] = [];
    const seen: string[] = [];
    for (const element of list) {
      const id = Object.values(element)[0];
      const { value: computedRole } = await this.client.command<{ value: string }>(
        'WebDriver:GetComputedRole',
        { id },
      );
      const { value: label } = await this.client.command<{ value: string }>('WebDriver:GetComputedLabel', {
        id,
      });
      seen.push(`${computedRole} "${label}"`);
      if (roleMatches(computedRole) && label === name) matches.push(element);
    }
    if (matches.length !== 1)
      throw new Error(`${matches.length} elements (${role}) named "${name}"; seen: ${seen.join(', ')}`);
    return matches[0]!;
  }

  async click(element: ElementRef): Promise<void> {
    await this.client.command('WebDriver:ElementClick', { id: Object.values(element)[0] });
  }

  async type(element: ElementRef, text: string): Promise<void> {
    await this.client.command('WebDriver:ElementSendKeys', { id: Object.values(element)[0], text });
  }

  async property<T>(element: ElementRef, name: string): Promise<T> {
    const result = await this.client.command<{ value: T }>('WebDriver:GetElementProperty', {
      id: Object.values(element)[0],
      name,
    });
    return result.value;
  }

  async windowHandles(): Promise<string[]> {
    const handles = await this.client.command<string[] | { value: string[] }>('WebDriver:GetWindowHandles');
    return Array.isArray(handles) ? handles : handles.value;
  }

  async switchTo(handle: string): Promise<void> {
    await this.client.command('WebDriver:SwitchToWindow', { handle, focus: true });
  }

  async url(): Promise<string> {
    return (await this.client.command<{ value: string }>('WebDriver:GetCurrentURL')).value;
  }
}

/**
 * console.error and console.warn calls of web content and add-ons, from Firefox's stdout
 * (devtools.console.stdout.content): those print their first argument quoted, unlike Firefox's
 * own modules ("console.error: RSLoader: …"). The console API's storage cannot be used: each
 * process keeps its own, and the add-on runs in another process than Marionette's chrome context.
 */
export function scriptConsoleErrors(output: string): string[] {
  return output.split('\n').filter((line) => /^console\.(error|warn): "/.test(line));
}
