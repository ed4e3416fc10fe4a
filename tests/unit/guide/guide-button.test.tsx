/** Guide me asks the background to start guiding the procedure, and says why when it cannot. */
import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideButton } from '../../../src/shared/ui/GuideButton';
import { button, waitFor } from '../editor/dom';

afterEach(() => {
  render(null, document.body);
  vi.restoreAllMocks();
});

describe('GuideButton', () => {
  it('sends page.guide.start for its procedure, named for it', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { ok: true, value: { active: true, tabId: 3 } };
    });
    render(<GuideButton procedureId="p-1" label="Guide me through Pay an invoice" />, document.body);
    button(document.body, 'Guide me through Pay an invoice')!.click();
    await waitFor(() => sent.length > 0);
    expect(sent[0]).toMatchObject({ name: 'page.guide.start', payload: { procedureId: 'p-1' } });
    expect(document.querySelector('[role="alert"]')?.textContent ?? '').toBe('');
  });

  it('shows the reason when guiding cannot start', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({
      ok: false,
      error: 'This procedure has no steps to guide.',
    }));
    render(<GuideButton procedureId="p-2" />, document.body);
    button(document.body, 'Guide me')!.click();
    const alert = await waitFor(() => document.querySelector('[role="alert"]')?.textContent);
    expect(alert).toContain('Could not start guiding: This procedure has no steps to guide.');
  });
});
