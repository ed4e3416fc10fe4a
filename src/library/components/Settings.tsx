/**
 * The library's settings region: one section per concern, each its own component. Started by the
 * personal-data settings; other settings (branding) are added here beside it.
 */
import { t } from '../../shared/i18n';
import { BrandingSettings } from './BrandingSettings';
import { PersonalDataSettings } from './PersonalDataSettings';

export function Settings() {
  return (
    <section class="settings" aria-label={t('brandSettingsHeading')}>
      <PersonalDataSettings />
      <BrandingSettings />
    </section>
  );
}
