/**
 * This frame's view for the background: its secret fields and where its cross-origin child frames
 * sit, in its own viewport's CSS px. A frame cannot see into a cross-origin child, nor can the
 * child see where it sits; the background joins the two through nonces (see frame-link.ts) to
 * place both the markers and the fills of frames from other sites.
 */
import type { FrameLayout, PersonalRules } from '../shared/protocol';
import { embeddedFrames, innerDocument, readableByParent } from './embedded-frames';
import { askFrame } from './frame-link';
import { personalBoxes } from './personal-scan';
import { secretRects } from './secret-rects';

function contentBoxOf(frame: Element): { x: number; y: number; width: number; height: number } {
  const r = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const pad = (side: 'Left' | 'Right' | 'Top' | 'Bottom') =>
    Number.parseFloat(style?.[`padding${side}`] || '0');
  // The child's viewport is the content box: what its own innerWidth/innerHeight report.
  return {
    x: r.left + frame.clientLeft + pad('Left'),
    y: r.top + frame.clientTop + pad('Top'),
    width: frame.clientWidth - pad('Left') - pad('Right'),
    height: frame.clientHeight - pad('Top') - pad('Bottom'),
  };
}

/**
 * Cross-origin frames in this document and in its same-origin descendants, each asked for its
 * nonce, with its viewport's offset in this frame's viewport.
 */
function crossOriginFrames(
  doc: Document,
  offset: { x: number; y: number },
  out: FrameLayout['frames'],
  depth = 0,
): void {
  if (depth > 4) return;
  for (const frame of embeddedFrames(doc)) {
    const box = contentBoxOf(frame);
    const at = { x: offset.x + box.x, y: offset.y + box.y };
    const inner = innerDocument(frame);
    if (inner) crossOriginFrames(inner, at, out, depth + 1);
    else out.push({ nonce: askFrame(frame), x: at.x, y: at.y, width: box.width, height: box.height });
  }
}

/** `personal`: what counts as personal data for this recording; without it none is looked for. */
export function frameLayout(personal?: PersonalRules): FrameLayout {
  const frames: FrameLayout['frames'] = [];
  crossOriginFrames(document, { x: 0, y: 0 }, frames);
  // A frame its parent can read is scanned by the parent's recorder, with the parent's offsets.
  const covered = personal && !readableByParent() ? personalBoxes(personal) : [];
  return {
    viewport: {
      width: window.innerWidth,
      height: window.innerHeight,
      devicePixelRatio: window.devicePixelRatio,
    },
    rects: secretRects({ x: 0, y: 0 }),
    ...(covered.length > 0 ? { covered } : {}),
    frames,
    ...(readableByParent() ? { readableByParent: true } : {}),
  };
}
