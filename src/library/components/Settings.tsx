/**
 * The library's settings region: one section per concern, each its own component. Started by the
 * personal-data settings; other settings (branding) are added here beside it.
 */
import { PersonalDataSettings } from './PersonalDataSettings';

export function Settings() {
  return (
    <div class="settings">
      <PersonalDataSettings />
    </div>
  );
}
