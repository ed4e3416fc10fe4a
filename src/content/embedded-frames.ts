/**
 * Every element that can hold another document: iframes and frames, and <object>/<embed>, in the
 * document and in its open shadow roots. A frame a recorder does not find cannot be placed, and
 * a frame that cannot be placed is covered whole, so looking everywhere keeps screenshots useful.
 */
import { cachedByVersion, elementsVersion } from './dom-version';
import { openShadowRoots } from './shadow-roots';

const FRAME_ELEMENTS = 'iframe, frame, object, embed';

/** Searched again only after elements were added: a frame is an element. */
const findFrames = cachedByVersion((doc: Document): Element[] => {
  const found: Element[] = [...doc.querySelectorAll(FRAME_ELEMENTS)];
  for (const root of openShadowRoots(doc)) found.push(...root.querySelectorAll(FRAME_ELEMENTS));
  return found;
}, elementsVersion);

export function embeddedFrames(doc: Document): Element[] {
  // A shadow root that appeared without a mutation must invalidate the cached list first.
  openShadowRoots(doc);
  const frames = findFrames(doc);
  // One removed since the search is gone from the page: neither placed nor covered.
  return frames.every((frame) => frame.isConnected) ? frames : frames.filter((frame) => frame.isConnected);
}

/** The frame's document when this script may read it (same origin); null otherwise. */
export function innerDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement | HTMLObjectElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** Whether this frame's parent can read it, and so already counts its secret fields as its own. */
export function readableByParent(): boolean {
  if (window.parent === window) return false;
  try {
    return window.parent.document !== null && window.frameElement !== null;
  } catch {
    return false;
  }
}
