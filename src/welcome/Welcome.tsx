/**
 * What Handoff records, what it never stores, where the data lives, the shortcut, and a first
 * short recording to try on a real web page (extension and browser pages cannot be recorded).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type MessageKey, t } from '../shared/i18n';
import { screenshotShortcut, toggleShortcut } from '../shared/ui/shortcut';

const LIBRARY = 'src/library/index.html';

const FACTS: [heading: MessageKey, text: MessageKey][] = [
  ['welcomeRecordsHeading', 'welcomeRecords'],
  ['welcomeNeverHeading', 'welcomeNever'],
  ['welcomeWhereHeading', 'welcomeWhere'],
];

const TRY_STEPS: MessageKey[] = [
  'welcomeTryPin',
  'welcomeTryOpen',
  'welcomeTryStart',
  'welcomeTryAct',
  'welcomeTryStop',
];

export function Welcome() {
  const [shortcut, setShortcut] = useState<string | undefined>();
  const [shotShortcut, setShotShortcut] = useState<string | undefined>();
  useEffect(() => {
    void toggleShortcut().then(setShortcut);
    void screenshotShortcut().then(setShotShortcut);
  }, []);
  return (
    <main class="welcome">
      <header>
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeIntro')}</p>
      </header>
      <div class="facts">
        {FACTS.map(([heading, text]) => (
          <section key={heading} aria-labelledby={heading}>
            <h2 id={heading}>{t(heading)}</h2>
            <p>{t(text)}</p>
          </section>
        ))}
        <section aria-labelledby="welcome-shortcut">
          <h2 id="welcome-shortcut">{t('welcomeShortcutHeading')}</h2>
          {shortcut !== undefined && (
            <p>{shortcut ? t('welcomeShortcut', shortcut) : t('welcomeNoShortcut')}</p>
          )}
          {shotShortcut && <p>{t('shotWelcome', shotShortcut)}</p>}
        </section>
      </div>
      <section class="try" aria-labelledby="welcome-try">
        <h2 id="welcome-try">{t('welcomeTryHeading')}</h2>
        <p>{t('welcomeTryIntro')}</p>
        <ol>
          {TRY_STEPS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>
      <button
        type="button"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY) })}
      >
        {t('welcomeOpenLibrary')}
      </button>
    </main>
  );
}
