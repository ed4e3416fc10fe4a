/**
 * Download video where the browser cannot encode: the button is disabled and says why, as its
 * accessible description. happy-dom has no WebCodecs; a stub VideoEncoder stands for a browser
 * with WebCodecs but no H.264 or VP9 encoder.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { click } from '../edit/fixtures';
import { freshDatabase, recordedProcedure } from './db';
import { button, waitFor } from './dom';
import { mountEditor } from './mount';

let root: HTMLElement;

const oneClick = (procedureId: string) => [click('a', 1000, 'Open')].map((s) => ({ ...s, procedureId }));

/** The text the button's aria-describedby points at. */
function description(b: HTMLButtonElement): string | undefined {
  const id = b.getAttribute('aria-describedby');
  return id ? (root.querySelector(`[id="${id}"]`)?.textContent ?? undefined) : undefined;
}

describe('Download video without an encoder', () => {
  beforeEach(async () => {
    await freshDatabase();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
  });

  it('without WebCodecs: disabled, and says so', async () => {
    expect(typeof (globalThis as { VideoEncoder?: unknown }).VideoEncoder).toBe('undefined');
    await mountEditor(root, await recordedProcedure(oneClick), 1);
    const b = await waitFor(() => button(root, 'Download video'));
    await waitFor(() => description(b)?.includes('WebCodecs'));
    expect(b.disabled).toBe(true);
    expect(description(b)).toBe('This browser cannot make videos: it has no WebCodecs video encoder.');
  });

  it('with WebCodecs but no H.264 or VP9 encoder: disabled, and says which', async () => {
    const asked: string[] = [];
    vi.stubGlobal('VideoFrame', class {});
    vi.stubGlobal('VideoEncoder', {
      isConfigSupported: async (config: { codec: string }) => {
        asked.push(config.codec);
        return { supported: false };
      },
    });
    await mountEditor(root, await recordedProcedure(oneClick), 1);
    const b = await waitFor(() => button(root, 'Download video'));
    await waitFor(() => description(b)?.includes('H.264'));
    expect(b.disabled).toBe(true);
    expect(description(b)).toBe('This browser has no H.264 or VP9 video encoder for this video size.');
    // H.264 first (MP4), then VP9 (WebM).
    expect(asked[0]).toMatch(/^avc1\./);
    expect(asked.at(-1)).toMatch(/^vp09\./);
  });

  it('with an encoder: enabled, no reason given', async () => {
    vi.stubGlobal('VideoFrame', class {});
    vi.stubGlobal('VideoEncoder', {
      isConfigSupported: async (config: { codec: string }) => ({
        supported: config.codec.startsWith('vp09'),
      }),
    });
    await mountEditor(root, await recordedProcedure(oneClick), 1);
    const b = await waitFor(() => button(root, 'Download video'));
    await waitFor(() => !b.disabled);
    expect(b.getAttribute('aria-describedby')).toBeNull();
  });
});
