/**
 * Branding, set once for every export: a logo (checked like any imported image, branding/logo.ts:
 * type from its bytes, size limits; refused with the reason next to the field) shown as a preview,
 * and a footer ({date} becomes the export's day). Kept in storage.local by "Save branding".
 */
import { useEffect, useState } from 'preact/hooks';
import { checkLogo, LOGO_MAX_BYTES, type Logo, LogoError } from '../../shared/branding/logo';
import { FOOTER_MAX, loadBranding, saveBranding } from '../../shared/branding/settings';
import { logoDataUri } from '../../shared/export/branding';
import { t, ui } from '../../shared/i18n';
import './branding.css';

/** The chosen file as a logo, or the sentence saying why not. Large files are refused unread. */
async function readLogo(file: File): Promise<Logo | string> {
  try {
    if (file.size > LOGO_MAX_BYTES) checkLogo(new Uint8Array(file.size), ui);
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { bytes, ...checkLogo(bytes, ui) };
  } catch (error) {
    return error instanceof LogoError ? error.message : t('brandLogoNotImage');
  }
}

export function BrandingSettings() {
  const [loaded, setLoaded] = useState(false);
  const [logo, setLogo] = useState<Logo | undefined>();
  const [footer, setFooter] = useState('');
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadBranding()
      .then((b) => {
        setLogo(b?.logo);
        setFooter(b?.footer ?? '');
      })
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, []);

  if (!loaded) return null;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    const read = await readLogo(file);
    if (typeof read === 'string') {
      setProblem(read);
      // The refused file is not kept as the choice.
      input.value = '';
      return;
    }
    setProblem('');
    setLogo(read);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await saveBranding({ footer, ...(logo ? { logo } : {}) });
      setStatus(t('brandSaved'));
    } catch (error) {
      setStatus(t('brandSaveFailed', String(error)));
    }
  };

  return (
    <section class="branding-settings" aria-labelledby="branding-settings-title">
      <h2 id="branding-settings-title">{t('brandHeading')}</h2>
      <p>{t('brandLead')}</p>
      <form onSubmit={(e) => void save(e)}>
        <label class="field">
          <span class="field-label">{t('brandLogoLabel')}</span>
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'branding-logo-problem' : undefined}
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        {problem && (
          <p id="branding-logo-problem" role="alert" class="problem">
            {problem}
          </p>
        )}
        <div class="logo-preview">
          {logo ? (
            <>
              <img src={logoDataUri(logo)} alt={t('brandLogoPreview')} />
              <button type="button" onClick={() => setLogo(undefined)}>
                {t('brandRemoveLogo')}
              </button>
            </>
          ) : (
            <p class="muted">{t('brandNoLogo')}</p>
          )}
        </div>
        <label class="field">
          <span class="field-label">{t('brandFooterLabel')}</span>
          <textarea
            rows={3}
            maxLength={FOOTER_MAX}
            value={footer}
            aria-describedby="branding-footer-hint"
            onInput={(e) => {
              setFooter(e.currentTarget.value);
              setStatus('');
            }}
          />
        </label>
        <p id="branding-footer-hint" class="muted">
          {t('brandFooterHint')}
        </p>
        <button type="submit">{t('brandSave')}</button>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}
