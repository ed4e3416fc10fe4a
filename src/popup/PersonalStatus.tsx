/**
 * While recording: what personal data is being covered (the kinds on, the person's own patterns),
 * how many boxes the last screenshot had filled, and "Cover an element…", which lets the person
 * pick an element on the recorded page (content/picker.ts). Read from storage directly: the
 * settings from storage.local, the count the background noted in storage.session.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { plural, t, ui } from '../shared/i18n';
import { sendMessage } from '../shared/messaging';
import {
  LAST_COVERED_KEY,
  PERSONAL_DATA_KEY,
  type PersonalDataSettings,
  readSettings,
} from '../shared/personal-data/settings';
import { KIND_ORDER, KIND_SHORT } from '../shared/personal-data/words';
import type { PageToBackground } from '../shared/protocol';

function coveringText(settings: PersonalDataSettings): string {
  const kinds = KIND_ORDER.filter((kind) => settings.kinds[kind]).map((kind) => t(KIND_SHORT[kind]));
  if (kinds.length === 0 && settings.patterns.length === 0) return t('personalPopupNothing');
  const list = new Intl.ListFormat(ui.locale, { type: 'conjunction' }).format(kinds);
  const patterns =
    settings.patterns.length > 0 ? ` ${plural(ui, 'personalPopupPatterns', settings.patterns.length)}` : '';
  return `${t('personalPopupCovering', list)}${patterns}`.trim();
}

export function PersonalStatus() {
  const [settings, setSettings] = useState<PersonalDataSettings | undefined>();
  const [last, setLast] = useState<number | undefined>();
  const [note, setNote] = useState('');

  useEffect(() => {
    const load = () => {
      void readSettings().then(setSettings, () => undefined);
      void browser.storage.session
        .get(LAST_COVERED_KEY)
        .then((stored) => {
          const count = (stored[LAST_COVERED_KEY] as { count?: unknown } | undefined)?.count;
          setLast(typeof count === 'number' ? count : undefined);
        })
        .catch(() => undefined);
    };
    load();
    const onChanged = (changes: Record<string, unknown>) => {
      if (PERSONAL_DATA_KEY in changes || LAST_COVERED_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const pick = async () => {
    try {
      const { picking } = await sendMessage<PageToBackground, 'page.personal.pick'>('page.personal.pick', {});
      setNote(picking ? t('personalPopupPicking') : t('personalPopupPickFailed'));
    } catch {
      setNote(t('personalPopupPickFailed'));
    }
  };

  if (!settings) return null;
  return (
    <section class="personal" aria-labelledby="personal-status-title">
      <h2 id="personal-status-title" class="term">
        {t('personalPopupLabel')}
      </h2>
      <p class="value">{coveringText(settings)}</p>
      {last !== undefined && <p class="value">{plural(ui, 'personalPopupLast', last)}</p>}
      <button type="button" onClick={() => void pick()}>
        {t('personalPopupPick')}
      </button>
      <p aria-live="polite" class="muted">
        {note}
      </p>
    </section>
  );
}
