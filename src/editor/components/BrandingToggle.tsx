/**
 * "Include branding" beside the downloads: ticked, the library's logo and footer go into the next
 * HTML, print, Markdown and Word files. With nothing set, the box is off and says where to set it.
 * Follows changes made in the library while the editor is open (storage.onChanged).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { BRANDING_KEY, isEmpty, loadBranding } from '../../shared/branding/settings';
import { t } from '../../shared/i18n';
import { includeBranding, setIncludeBranding } from '../state/export-branding';

export function BrandingToggle({ busy }: { busy: boolean }) {
  const [available, setAvailable] = useState<boolean | undefined>();
  const [checked, setChecked] = useState(includeBranding);
  useEffect(() => {
    const load = () =>
      void loadBranding().then(
        (b) => setAvailable(!isEmpty(b)),
        () => setAvailable(false),
      );
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && BRANDING_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (available === undefined) return null;
  return (
    <span class="include-branding">
      <label>
        <input
          type="checkbox"
          checked={available && checked}
          disabled={busy || !available}
          aria-describedby={available ? undefined : 'branding-none-set'}
          onChange={(e) => {
            const next = (e.currentTarget as HTMLInputElement).checked;
            setChecked(next);
            setIncludeBranding(next);
          }}
        />
        {t('brandInclude')}
      </label>
      {!available && (
        <span id="branding-none-set" class="muted">
          {t('brandNoneSet')}
        </span>
      )}
    </span>
  );
}
