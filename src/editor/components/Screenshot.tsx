/**
 * A step's screenshot with its marker, focused around the element or whole. The focused view is
 * the same image positioned inside a frame of the crop's shape (see shared/focus.ts). The Blob is
 * read only while the picture is near the viewport (use-lazy-image.ts).
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { focusView, type ImageSize } from '../../shared/focus';
import { markerBox, type PercentBox } from '../../shared/geometry';
import { t, ui } from '../../shared/i18n';
import type { Rect, ScreenshotView, Step } from '../../shared/model';
import { altText } from '../../shared/text';
import { type LoadedShot, useLazyImage } from './use-lazy-image';

/** The stored image's size; until it is read, what the viewport and pixel ratio make it. */
function pixelSize(step: Step, shot: LoadedShot | undefined): ImageSize | undefined {
  if (shot) return shot;
  const vp = step.viewport;
  return vp ? { width: vp.width * vp.devicePixelRatio, height: vp.height * vp.devicePixelRatio } : undefined;
}

const pct = (n: number) => `${Math.round(n * 10000) / 10000}%`;
const boxStyle = (b: PercentBox) => ({
  left: `${b.left}%`,
  top: `${b.top}%`,
  width: `${b.width}%`,
  height: `${b.height}%`,
});

export interface ScreenshotProps {
  step: Step;
  index: number;
  /** Focused (cropped around the element, when the step has a focus) or the whole screenshot. */
  view?: ScreenshotView;
  /** Offers the switch between the two views, when given. */
  onView?: (view: ScreenshotView) => void;
  /** Drawn over the picture, in the picture's own box (the region picker). */
  overlay?: ComponentChildren;
  /** Drawn over the picture given the part shown, in CSS px of the page (focused or whole). */
  layers?: (frame: Rect) => ComponentChildren;
  /** Shown under the picture. */
  children?: ComponentChildren;
}

export function Screenshot({
  step,
  index,
  view = 'full',
  onView,
  overlay,
  layers,
  children,
}: ScreenshotProps) {
  const frame = useRef<HTMLDivElement>(null);
  const shot = useLazyImage(step.image?.imageId, frame);
  if (!step.image) return null;
  const vp = step.viewport;
  const size = pixelSize(step, shot);
  // Computed for the switch even when the full view shows: no focus, no switch.
  const focus = size ? focusView(step, size) : undefined;
  const shown = view === 'focused' ? focus : undefined;
  const marker = shown ? shown.marker : markerBox(step);
  const aspect = shown
    ? `${shown.crop.width} / ${shown.crop.height}`
    : vp && vp.height > 0
      ? `${vp.width} / ${vp.height}`
      : '16 / 10';
  const place =
    shown && size
      ? {
          width: pct((size.width / shown.crop.width) * 100),
          left: pct((-shown.crop.x / shown.crop.width) * 100),
          top: pct((-shown.crop.y / shown.crop.height) * 100),
        }
      : undefined;
  const n = index + 1;
  // The part of the page the frame shows, in CSS px: the focused crop, or the whole viewport.
  const cssFrame: Rect | undefined = !vp
    ? undefined
    : shown && size
      ? {
          x: (shown.crop.x * vp.width) / size.width,
          y: (shown.crop.y * vp.width) / size.width,
          width: (shown.crop.width * vp.width) / size.width,
          height: (shown.crop.height * vp.width) / size.width,
        }
      : { x: 0, y: 0, width: vp.width, height: vp.height };
  return (
    <div class="shot">
      <div
        ref={frame}
        class={shown ? 'shot-frame shot-focused' : 'shot-frame'}
        style={{ aspectRatio: aspect }}
      >
        {shot ? (
          <img src={shot.url} alt={altText(step, index, ui)} draggable={false} style={place} />
        ) : (
          <div class="shot-placeholder" role="img" aria-label={altText(step, index, ui)} />
        )}
        {marker && <div class="marker" aria-hidden="true" style={boxStyle(marker)} />}
        {cssFrame && layers?.(cssFrame)}
        {overlay}
      </div>
      {onView && focus && (
        <button
          type="button"
          class="view-toggle"
          aria-pressed={view === 'full'}
          aria-label={t('editorFullScreenshotOfStep', n)}
          onClick={() => onView(view === 'full' ? 'focused' : 'full')}
        >
          {t('editorFullScreenshot')}
        </button>
      )}
      {step.image.mode === 'shared' && <p class="shot-mode">{t('editorShotShared')}</p>}
      {step.image.mode === 'deferred' && <p class="shot-mode">{t('editorShotDeferred')}</p>}
      {step.image.mode === 'earlier' && <p class="shot-mode">{t('editorShotEarlier')}</p>}
      {children}
    </div>
  );
}
