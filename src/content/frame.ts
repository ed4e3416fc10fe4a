/** Where this frame sits in the top-level viewport, so markers and fills land on the screenshot. */
import type { Viewport } from '../shared/model';

export interface FramePlacement {
  /** Offset of this frame's viewport in the top-level viewport, CSS px; undefined when unknowable. */
  offset?: { x: number; y: number };
  viewport: Viewport;
}

/**
 * Walks up through same-origin parent frames adding each iframe's content-box position.
 * A cross-origin parent hides frameElement (null) and its size, so the offset is unknown there.
 */
export function framePlacement(): FramePlacement {
  let x = 0;
  let y = 0;
  let win: Window = window;
  try {
    while (win !== win.parent) {
      const frame = win.frameElement;
      if (!frame) return { viewport: ownViewport() };
      const rect = frame.getBoundingClientRect();
      const style = win.parent.getComputedStyle(frame);
      x += rect.left + frame.clientLeft + Number.parseFloat(style.paddingLeft || '0');
      y += rect.top + frame.clientTop + Number.parseFloat(style.paddingTop || '0');
      win = win.parent;
    }
    return {
      offset: { x, y },
      viewport: { width: win.innerWidth, height: win.innerHeight, devicePixelRatio: win.devicePixelRatio },
    };
  } catch {
    // A cross-origin ancestor throws on property access.
    return { viewport: ownViewport() };
  }
}

function ownViewport(): Viewport {
  return { width: window.innerWidth, height: window.innerHeight, devicePixelRatio: window.devicePixelRatio };
}
