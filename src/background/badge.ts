/** The toolbar icon tells whether Handoff is recording: its own icon per state, and the step count, "REC", or a pause sign. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { toolbarIcons } from '../shared/icons';
import type { RecordingStatus } from '../shared/protocol';

export async function showBadge(status: RecordingStatus, stepCount: number): Promise<void> {
  const text =
    status === 'idle'
      ? ''
      : status === 'paused'
        ? 'II'
        : stepCount > 0
          ? String(Math.min(stepCount, 999))
          : 'REC';
  await browser.action.setIcon({ path: toolbarIcons(status) });
  await browser.action.setBadgeText({ text });
  if (status !== 'idle') {
    await browser.action.setBadgeBackgroundColor({ color: status === 'paused' ? '#5f6368' : '#c5221f' });
  }
  // The toolbar button's tooltip, in the browser's language.
  await browser.action.setTitle({
    title:
      status === 'recording'
        ? t('badgeTitleRecording')
        : status === 'paused'
          ? t('badgeTitlePaused')
          : t('extName'),
  });
}
