/** Title, undo/redo and the ways out of the editor: downloads and printing, in a chosen language. */
import { useState } from 'preact/hooks';
import { formatDuration, taskDuration } from '../../shared/duration';
import { setTitle } from '../../shared/edit';
import { CATALOGS, LOCALES, type Locale, t, ui } from '../../shared/i18n';
import type { Step } from '../../shared/model';
import { GuideButton } from '../../shared/ui/GuideButton';
import { download, print } from '../state/export-actions';
import { savedExportLocale, saveExportLocale } from '../state/export-locale';
import { savedVideoSettings, saveVideoSettings } from '../state/video-settings';
import { BrandingToggle } from './BrandingToggle';
import { useEditor } from './context';
import { HistoryButton } from './HistoryPanel';
import { TextField } from './TextField';
import { VideoControls } from './VideoControls';

export interface ToolbarProps {
  title: string;
  /** For the time the task took when recorded, shown under the title. */
  steps: readonly Step[];
  canUndo: boolean;
  canRedo: boolean;
  busy: boolean;
  /** Whether an edit is still on its way to storage. */
  saving: boolean;
}

export function Toolbar({ title, steps, canUndo, canRedo, busy, saving }: ToolbarProps) {
  const store = useEditor();
  const [locale, setLocale] = useState<Locale>(savedExportLocale);
  const [video, setVideo] = useState(savedVideoSettings);
  const took = taskDuration(steps);
  return (
    <header class="toolbar">
      <nav>
        <a href="../library/index.html">{t('editorAllProcedures')}</a>
        <GuideButton procedureId={store.procedureId} />
      </nav>
      <div class="title">
        <TextField
          label={t('editorTitleLabel')}
          value={title}
          group="title"
          edit={(s, v) => setTitle(s, v)}
          placeholder={t('editorTitlePlaceholder')}
        />
        {took !== undefined && (
          <p class="muted task-duration">{t('editorTook', formatDuration(took, ui.locale))}</p>
        )}
      </div>
      <div class="row" role="toolbar" aria-label={t('editorEditing')}>
        {/* Not a live region: announcing every save would talk over the person's typing. */}
        <span class="save-state muted">{saving ? t('editorSaving') : t('editorSaved')}</span>
        <button type="button" disabled={!canUndo} onClick={() => store.undo()} aria-keyshortcuts="Control+Z">
          {t('undo')}
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => store.redo()}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t('editorRedo')}
        </button>
        <HistoryButton disabled={busy} />
      </div>
      <div class="row" role="toolbar" aria-label={t('editorHandOff')}>
        <label class="export-language">
          <span class="visually-hidden">{t('editorExportLanguage')}</span>
          <select
            value={locale}
            onChange={(e) => {
              const next = (e.currentTarget as HTMLSelectElement).value as Locale;
              setLocale(next);
              saveExportLocale(next);
            }}
          >
            {LOCALES.map((l) => (
              // Each language named in itself, as people look for their own.
              <option key={l} value={l} lang={l}>
                {CATALOGS[l].languageName.message}
              </option>
            ))}
          </select>
        </label>
        <BrandingToggle busy={busy} />
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => void download(store, 'html', locale, video)}
        >
          {t('editorDownloadHtml')}
        </button>
        <button type="button" disabled={busy} onClick={() => void print(store, locale)}>
          {t('editorPrint')}
        </button>
        <button type="button" disabled={busy} onClick={() => void download(store, 'markdown', locale)}>
          {t('editorDownloadMarkdown')}
        </button>
        <button type="button" disabled={busy} onClick={() => void download(store, 'word', locale)}>
          {t('wordDownload')}
        </button>
        <button type="button" disabled={busy} onClick={() => void download(store, 'handoff', locale, video)}>
          {t('editorDownloadHandoff')}
        </button>
      </div>
      <VideoControls
        locale={locale}
        settings={video}
        busy={busy}
        onSettings={(next) => {
          setVideo(next);
          saveVideoSettings(next);
        }}
      />
    </header>
  );
}
