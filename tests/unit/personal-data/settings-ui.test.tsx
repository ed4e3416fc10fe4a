/**
 * The library's personal-data settings: a kind switched off is saved, a pattern that could hang a
 * page is refused with the reason next to the field, a valid one is kept and can be removed.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { PersonalDataSettings } from '../../../src/library/components/PersonalDataSettings';
import { readSettings } from '../../../src/shared/personal-data/settings';
import { button, byLabel, rendered, type, waitFor } from '../editor/dom';

let root: HTMLElement;

afterEach(async () => {
  render(null, root);
  root.remove();
  await browser.storage.local.clear();
});

async function mount(): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  render(<PersonalDataSettings />, root);
  await waitFor(() => byLabel(root, 'Email addresses'));
}

/** Polls the stored settings until `check` holds (writes are asynchronous). */
async function storedUntil(check: (s: Awaited<ReturnType<typeof readSettings>>) => boolean) {
  for (let i = 0; i < 100; i++) {
    const settings = await readSettings();
    if (check(settings)) return settings;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Stored settings never matched: ${JSON.stringify(await readSettings())}`);
}

describe('personal data settings', () => {
  it('shows the defaults and saves a kind switched off', async () => {
    await mount();
    const email = byLabel(root, 'Email addresses') as HTMLInputElement;
    expect(email.checked).toBe(true);
    expect((byLabel(root, 'MAC addresses') as HTMLInputElement).checked).toBe(false);
    expect(root.textContent).toContain('on for new recordings');
    email.click();
    await storedUntil((s) => s.kinds.email === false && s.kinds.phone === true);
  });

  it('refuses a pattern that could hang a page, with the reason, and keeps a valid one', async () => {
    await mount();
    const field = byLabel(root, 'New pattern') as HTMLInputElement;
    type(field, '(a+)+$');
    await rendered();
    button(root, 'Add pattern')!.click();
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain('repeats a group that repeats itself');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await readSettings()).patterns).toEqual([]);

    type(field, 'CUST-\\d{6}');
    await rendered();
    button(root, 'Add pattern')!.click();
    await storedUntil((s) => s.patterns.length === 1);
    await rendered();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    button(root, 'Remove pattern CUST-\\d{6}')!.click();
    await storedUntil((s) => s.patterns.length === 0);
  });
});
