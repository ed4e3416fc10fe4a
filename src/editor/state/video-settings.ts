/**
 * The person's video settings, kept in the editor page's localStorage like the export language:
 * a preference, not procedure data.
 */
import { DEFAULT_VIDEO_SETTINGS, parseVideoSettings, type VideoSettings } from '../../shared/video/settings';

const KEY = 'handoff.videoSettings';

export function savedVideoSettings(): VideoSettings {
  try {
    const saved = localStorage.getItem(KEY);
    return saved ? parseVideoSettings(JSON.parse(saved)) : DEFAULT_VIDEO_SETTINGS;
  } catch {
    return DEFAULT_VIDEO_SETTINGS;
  }
}

export function saveVideoSettings(settings: VideoSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}
