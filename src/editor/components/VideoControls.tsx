/**
 * The video walkthrough's controls: Download video (or why it cannot be made here), Cancel while
 * one is being made, and its settings with the chapters file. The reason a video cannot be made
 * is shown next to the disabled button and is its accessible description.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Locale, t } from '../../shared/i18n';
import {
  FRAME_SIZE,
  PACES,
  type Pace,
  RESOLUTIONS,
  type Resolution,
  type VideoSettings,
} from '../../shared/video/settings';
import { RECORDED_MAX_SECONDS, RECORDED_MIN_SECONDS } from '../../shared/video/timeline';
import { downloadChapters, downloadVideo } from '../state/video-actions';
import { cancelVideo, subscribeVideoJob, videoRunning } from '../state/video-job';
import { chooseCodec } from '../video/codec';
import { useEditor } from './context';

type Support = { state: 'checking' } | { state: 'ready' } | { state: 'unavailable'; reason: string };

/** Whether this browser can encode a video of the chosen size, asked again when the size changes. */
function useVideoSupport(resolution: Resolution): Support {
  const [support, setSupport] = useState<Support>({ state: 'checking' });
  useEffect(() => {
    let current = true;
    setSupport({ state: 'checking' });
    chooseCodec(FRAME_SIZE[resolution]).then(
      (choice) => {
        if (!current) return;
        if (typeof choice !== 'string') setSupport({ state: 'ready' });
        else
          setSupport({
            state: 'unavailable',
            reason: t(choice === 'no-webcodecs' ? 'videoNoWebCodecs' : 'videoNoCodec'),
          });
      },
      () => current && setSupport({ state: 'unavailable', reason: t('videoNoCodec') }),
    );
    return () => {
      current = false;
    };
  }, [resolution]);
  return support;
}

function useVideoRunning(): boolean {
  const [running, setRunning] = useState(videoRunning);
  useEffect(() => subscribeVideoJob(() => setRunning(videoRunning())), []);
  return running;
}

function paceLabel(pace: Pace): string {
  return pace === 'recorded'
    ? t('editorVideoPaceRecorded', RECORDED_MIN_SECONDS, RECORDED_MAX_SECONDS)
    : t('editorVideoPaceSeconds', pace);
}

export interface VideoControlsProps {
  locale: Locale;
  settings: VideoSettings;
  onSettings: (next: VideoSettings) => void;
  busy: boolean;
}

export function VideoControls({ locale, settings, onSettings, busy }: VideoControlsProps) {
  const store = useEditor();
  const support = useVideoSupport(settings.resolution);
  const running = useVideoRunning();
  const ready = support.state === 'ready';
  const set = (patch: Partial<VideoSettings>) => onSettings({ ...settings, ...patch });
  return (
    <div class="row video-controls" role="toolbar" aria-label={t('exportVideoHeading')}>
      <button
        type="button"
        disabled={busy || !ready}
        aria-describedby={ready ? undefined : 'video-unavailable'}
        onClick={() => void downloadVideo(store, locale, settings)}
      >
        {t('editorDownloadVideo')}
      </button>
      {!ready && (
        <span id="video-unavailable" class="muted">
          {support.state === 'checking' ? t('editorVideoChecking') : support.reason}
        </span>
      )}
      {running && (
        <button type="button" onClick={() => cancelVideo()}>
          {t('editorVideoCancel')}
        </button>
      )}
      <details class="video-settings">
        <summary>{t('editorVideoSettings')}</summary>
        <div class="video-panel">
          <label>
            {t('editorVideoResolution')}{' '}
            <select
              value={settings.resolution}
              disabled={running}
              onChange={(e) =>
                set({ resolution: (e.currentTarget as HTMLSelectElement).value as Resolution })
              }
            >
              {RESOLUTIONS.map((r) => (
                <option key={r} value={r}>
                  {`${r} (${FRAME_SIZE[r].width} × ${FRAME_SIZE[r].height})`}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('editorVideoPace')}{' '}
            <select
              value={String(settings.pace)}
              disabled={running}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLSelectElement).value;
                set({ pace: value === 'recorded' ? 'recorded' : (Number(value) as Pace) });
              }}
            >
              {PACES.map((p) => (
                <option key={p} value={String(p)}>
                  {paceLabel(p)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={settings.pointer}
              disabled={running}
              onChange={(e) => set({ pointer: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('editorVideoPointer')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={settings.attach}
              disabled={running || !ready}
              onChange={(e) => set({ attach: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('editorVideoAttach')}
          </label>
          <button
            type="button"
            disabled={busy}
            onClick={() => void downloadChapters(store, locale, settings)}
          >
            {t('editorDownloadChapters')}
          </button>
        </div>
      </details>
    </div>
  );
}
