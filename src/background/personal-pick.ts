/**
 * "Cover an element…": the popup asks, the recorded tab's top frame lets the person pick an
 * element (content/picker.ts), and the selector it reports becomes a picked rule for that site in
 * the settings, covered from the next screenshot on. Only the tab being recorded may add a rule,
 * and only while recording: a page cannot add rules by sending the message itself, because
 * messages come only from Handoff's own content script, which sends it after a trusted click.
 */
import { sendToTab } from '../shared/messaging';
import { addRule, MAX_SELECTOR_LENGTH, siteOf } from '../shared/personal-data/picked';
import { updateSettings } from '../shared/personal-data/settings';
import type { BackgroundToContent } from '../shared/protocol';
import type { ContentSender } from './recording';
import { isRecordedTab, readSession } from './session';

export async function startPicking(): Promise<{ picking: boolean }> {
  const session = await readSession();
  if (session?.status !== 'recording') return { picking: false };
  try {
    await sendToTab<BackgroundToContent, 'content.personal.pick'>(
      session.lastTabId,
      'content.personal.pick',
      {},
      0,
    );
    return { picking: true };
  } catch {
    return { picking: false };
  }
}

export async function elementPicked(selector: unknown, sender: ContentSender): Promise<undefined> {
  if (sender.frameId !== 0 || typeof selector !== 'string') return undefined;
  if (!selector.trim() || selector.length > MAX_SELECTOR_LENGTH) return undefined;
  const session = await readSession();
  if (!isRecordedTab(session, sender.tabId) || session.status !== 'recording') return undefined;
  const site = siteOf(sender.tab.url ?? '');
  if (!site) return undefined;
  await updateSettings((settings) => ({ ...settings, picked: addRule(settings.picked, { site, selector }) }));
  return undefined;
}
