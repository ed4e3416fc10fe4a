/**
 * Focuses an element when it first appears. The `autofocus` attribute is not enough: Chrome
 * honours it once per document, and only while nothing else has focus, so a box added by a
 * button press would not get it.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled = true): void {
  // Only when the element first appears.
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
}
