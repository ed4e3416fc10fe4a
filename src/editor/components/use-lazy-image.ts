/**
 * A stored screenshot as an object URL, read from IndexedDB only while its element is near the
 * viewport and revoked as soon as it leaves, so a list of a thousand steps keeps only a screenful
 * of images in memory. Shared by the editor's screenshots and the history's thumbnails.
 */
import { useEffect, useState } from 'preact/hooks';
import { images } from '../../shared/db';
import { observeVisibility } from '../../shared/ui/visibility';

export interface LoadedShot {
  url: string;
  width: number;
  height: number;
}

/** Loads `imageId` as an object URL (and its pixel size) while `element` is near the viewport. */
export function useLazyImage(imageId: string | undefined, element: { current: Element | null }) {
  const [shot, setShot] = useState<LoadedShot>();
  useEffect(() => {
    const el = element.current;
    if (!imageId || !el) return;
    let current: string | undefined;
    let wanted = false;
    const release = () => {
      if (current) URL.revokeObjectURL(current);
      current = undefined;
      setShot(undefined);
    };
    const stop = observeVisibility(el, (visible) => {
      wanted = visible;
      if (!visible) return release();
      if (current) return;
      void images.get(imageId).then((image) => {
        // Scrolled away (or replaced) while the read was under way: do not keep the Blob.
        if (!wanted || current || !image) return;
        current = URL.createObjectURL(image.blob);
        setShot({ url: current, width: image.width, height: image.height });
      });
    });
    return () => {
      wanted = false;
      stop();
      release();
    };
  }, [imageId, element]);
  return shot;
}
