/** Chooses an open web page to take a screenshot of (for a new step or a replaced screenshot). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { type CapturableTab, capturableTabs } from '../state/tabs';

export interface TabPickerProps {
  label: string;
  /** Offer "No screenshot" as the first choice. */
  optional?: boolean;
  value: CapturableTab | undefined;
  onChange: (tab: CapturableTab | undefined) => void;
}

export function TabPicker({ label, optional, value, onChange }: TabPickerProps) {
  const [tabs, setTabs] = useState<CapturableTab[] | undefined>();
  const [error, setError] = useState<string>();
  // Listed once when the picker opens; onChange is the parent's state setter.
  useEffect(() => {
    capturableTabs().then(
      (list) => {
        setTabs(list);
        if (!optional && list[0]) onChange(list[0]);
      },
      () => setError(t('editorTabsUnlisted')),
    );
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (tabs && tabs.length === 0 && !optional) {
    return <p>{t('editorNoTabToCapture')}</p>;
  }
  return (
    <label class="field">
      <span class="field-label">{label}</span>
      <select
        value={value ? String(value.id) : ''}
        disabled={!tabs}
        onChange={(e) => {
          const id = Number((e.currentTarget as HTMLSelectElement).value);
          onChange(tabs?.find((t) => t.id === id));
        }}
      >
        {optional && <option value="">{t('editorNoScreenshot')}</option>}
        {tabs?.map((t) => (
          <option key={t.id} value={String(t.id)}>
            {t.title}
          </option>
        ))}
      </select>
    </label>
  );
}
