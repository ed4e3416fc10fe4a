/**
 * Settings for personal data on the page: which kinds are covered, the person's own patterns
 * (checked before they are kept, with the reason shown next to the field) and the elements they
 * picked while recording. Every change is saved at once to storage.local
 * (shared/personal-data/settings.ts); the background reads it for the next screenshot. Picks
 * made from the popup while this page is open show up here through storage.onChanged.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import { compilePattern, MAX_PATTERNS } from '../../shared/personal-data/patterns';
import {
  PERSONAL_DATA_KEY,
  readSettings,
  type PersonalDataSettings as Settings,
  writeSettings,
} from '../../shared/personal-data/settings';
import { KIND_LABEL, KIND_ORDER, TOO_MANY_PATTERNS } from '../../shared/personal-data/words';
import { Alert } from '../../shared/ui/Alert';

export function PersonalDataSettings() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const load = () =>
      void readSettings()
        .then(setSettings)
        .catch((e: unknown) => setError(String(e)));
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PERSONAL_DATA_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  if (!settings) return null;

  const save = (next: Settings) => {
    setSettings(next);
    writeSettings(next).catch((e: unknown) => setError(t('personalSaveFailed', String(e))));
  };

  const addPattern = (event: Event) => {
    event.preventDefault();
    const compiled = compilePattern(draft);
    if ('problem' in compiled) return setProblem(t(compiled.problem));
    if (settings.patterns.length >= MAX_PATTERNS) return setProblem(t(TOO_MANY_PATTERNS));
    setProblem('');
    setDraft('');
    if (!settings.patterns.includes(draft.trim()))
      save({ ...settings, patterns: [...settings.patterns, draft.trim()] });
  };

  return (
    <section class="personal-settings" aria-labelledby="personal-settings-title">
      <h2 id="personal-settings-title">{t('personalSettingsTitle')}</h2>
      <p>{t('personalSettingsIntro')}</p>
      {/* Rendered only when there is something to say: an alert inserted is announced, and the
          settings region then holds no empty alerts for other sections' checks to trip on. */}
      {error && <Alert message={error} onDismiss={() => setError(undefined)} />}
      <fieldset>
        <legend>{t('personalKindsLabel')}</legend>
        {KIND_ORDER.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(e) =>
                save({
                  ...settings,
                  kinds: { ...settings.kinds, [kind]: (e.currentTarget as HTMLInputElement).checked },
                })
              }
            />
            {t(KIND_LABEL[kind])}
          </label>
        ))}
        <p class="muted">{t('personalEmailPhoneNote')}</p>
        <p class="muted">{t('personalNetworkNote')}</p>
      </fieldset>

      <h3>{t('personalPatternsTitle')}</h3>
      <p class="muted" id="personal-pattern-help">
        {t('personalPatternsHelp')}
      </p>
      {settings.patterns.length === 0 ? (
        <p>{t('personalPatternsNone')}</p>
      ) : (
        <ul aria-label={t('personalPatternsTitle')}>
          {settings.patterns.map((pattern) => (
            <li key={pattern} class="row">
              <code>{pattern}</code>
              <button
                type="button"
                aria-label={t('personalPatternRemove', pattern)}
                onClick={() =>
                  save({ ...settings, patterns: settings.patterns.filter((p) => p !== pattern) })
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={addPattern}>
        <label class="field">
          <span class="field-label">{t('personalPatternLabel')}</span>
          <input
            type="text"
            value={draft}
            maxLength={400}
            spellcheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'personal-pattern-problem' : 'personal-pattern-help'}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('personalPatternAdd')}</button>
      </form>
      {problem && (
        <p id="personal-pattern-problem" role="alert" class="alert">
          {problem}
        </p>
      )}

      <h3>{t('personalPickedTitle')}</h3>
      <p class="muted">{t('personalPickedHelp')}</p>
      {settings.picked.length === 0 ? (
        <p>{t('personalPickedNone')}</p>
      ) : (
        <ul aria-label={t('personalPickedTitle')}>
          {settings.picked.map((rule) => (
            <li key={`${rule.site} ${rule.selector}`} class="row">
              <span>{t('personalPickedItem', rule.selector, rule.site)}</span>
              <button
                type="button"
                aria-label={t('personalPickedRemove', rule.selector, rule.site)}
                onClick={() => save({ ...settings, picked: settings.picked.filter((r) => r !== rule) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
