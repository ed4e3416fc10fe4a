/**
 * This frame's view for the background: its secret fields and where its cross-origin child frames
 * sit, in its own viewport's CSS px. A frame cannot see into a cross-origin child, nor can the
 * child see where it sits; the background joins the two through the frames' tokens to place both
 * the markers and the fills of frames from other sites.
 */
import type { FrameLayout } from '../shared/protocol';
import { frameToken, linkedChildren } from './frame-link';
import { secretRects } from './secret-rects';

function contentBoxOf(frame: Element): { x: number; y: number; width: number; height: number } {
  const r = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const padLeft = Number.parseFloat(style?.paddingLeft || '0');
  const padTop = Number.parseFloat(style?.paddingTop || '0');
  return {
    x: r.left + frame.clientLeft + padLeft,
    y: r.top + frame.clientTop + padTop,
    width: frame.clientWidth,
    height: frame.clientHeight,
  };
}

/** Where each announced child frame's viewport sits in this frame's viewport. */
function childFrames(): FrameLayout['frames'] {
  return linkedChildren().map(({ token, element }) => {
    const box = contentBoxOf(element);
    return { token, ...box };
  });
}

export function frameLayout(): FrameLayout {
  return {
    token: frameToken,
    viewport: {
      width: window.innerWidth,
      height: window.innerHeight,
      devicePixelRatio: window.devicePixelRatio,
    },
    rects: secretRects({ x: 0, y: 0 }),
    frames: childFrames(),
  };
}
