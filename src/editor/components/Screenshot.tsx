/**
 * A step's screenshot with its marker. The Blob is read from IndexedDB only while the picture is
 * near the viewport and its object URL is revoked as soon as it leaves, so a thousand steps keep
 * only a screenful of images in memory.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { images } from '../../shared/db';
import { markerBox } from '../../shared/geometry';
import type { Step } from '../../shared/model';
import { altText } from '../../shared/text';
import { observeVisibility } from '../../shared/ui/visibility';

/** Loads `imageId` as an object URL while `element` is near the viewport. */
function useLazyImage(imageId: string | undefined, element: { current: Element | null }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const el = element.current;
    if (!imageId || !el) return;
    let current: string | undefined;
    let wanted = false;
    const release = () => {
      if (current) URL.revokeObjectURL(current);
      current = undefined;
      setUrl(undefined);
    };
    const stop = observeVisibility(el, (visible) => {
      wanted = visible;
      if (!visible) return release();
      if (current) return;
      void images.get(imageId).then((image) => {
        // Scrolled away (or replaced) while the read was under way: do not keep the Blob.
        if (!wanted || current || !image) return;
        current = URL.createObjectURL(image.blob);
        setUrl(current);
      });
    });
    return () => {
      wanted = false;
      stop();
      release();
    };
  }, [imageId, element]);
  return url;
}

export interface ScreenshotProps {
  step: Step;
  index: number;
  /** Drawn over the picture, in the picture's own box (the region picker). */
  overlay?: ComponentChildren;
  /** Shown under the picture. */
  children?: ComponentChildren;
}

export function Screenshot({ step, index, overlay, children }: ScreenshotProps) {
  const frame = useRef<HTMLDivElement>(null);
  const url = useLazyImage(step.image?.imageId, frame);
  if (!step.image) return null;
  const vp = step.viewport;
  const marker = markerBox(step);
  return (
    <div class="shot">
      <div
        ref={frame}
        class="shot-frame"
        style={{ aspectRatio: vp && vp.height > 0 ? `${vp.width} / ${vp.height}` : '16 / 10' }}
      >
        {url ? (
          <img src={url} alt={altText(step, index)} draggable={false} />
        ) : (
          <div class="shot-placeholder" role="img" aria-label={altText(step, index)} />
        )}
        {marker && (
          <div
            class="marker"
            aria-hidden="true"
            style={{
              left: `${marker.left}%`,
              top: `${marker.top}%`,
              width: `${marker.width}%`,
              height: `${marker.height}%`,
            }}
          />
        )}
        {overlay}
      </div>
      {step.image.mode === 'shared' && (
        <p class="shot-mode">Screenshot shared with the step before: it shows the page a moment earlier.</p>
      )}
      {step.image.mode === 'deferred' && (
        <p class="shot-mode">Screenshot taken just after this step: it may show its result.</p>
      )}
      {children}
    </div>
  );
}
