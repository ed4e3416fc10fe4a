/**
 * A screenshot is read only while its element is near the viewport: visible → an object URL and
 * the stored size; scrolled away → the URL revoked; a read that finishes after the element left
 * keeps nothing; unmounting lets go. The visibility observer is driven by hand.
 */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LoadedShot, useLazyImage } from '../../../src/editor/components/use-lazy-image';
import { images } from '../../../src/shared/db';
import { waitFor } from './dom';
import { emptyPage, leavePage } from './mount';

const seen = vi.hoisted(() => ({ callbacks: [] as ((visible: boolean) => void)[], stopped: 0 }));
vi.mock('../../../src/shared/ui/visibility', () => ({
  observeVisibility: (_element: Element, callback: (visible: boolean) => void) => {
    seen.callbacks.push(callback);
    return () => {
      seen.stopped += 1;
    };
  },
}));

let root: HTMLElement;
let shots: (LoadedShot | undefined)[];
const made: string[] = [];
const revoked: string[] = [];

function Probe({ imageId }: { imageId: string }) {
  const box = useRef<HTMLDivElement>(null);
  shots.push(useLazyImage(imageId, box));
  return <div ref={box} />;
}

const last = () => shots.at(-1);
const visible = (value: boolean) => seen.callbacks.at(-1)?.(value);

beforeEach(async () => {
  root = await emptyPage();
  shots = [];
  seen.callbacks = [];
  seen.stopped = 0;
  made.length = 0;
  revoked.length = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    made.push(`blob:shot-${made.length}`);
    return made.at(-1)!;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  await images.put({ id: 'img-1', procedureId: 'p', blob: new Blob(['png']), width: 1600, height: 900 });
});

afterEach(async () => {
  leavePage(root);
  // Preact runs an unmounted component's effect clean-ups after the next paint: let them finish
  // here, not in the next test.
  await waitFor(() => seen.stopped === seen.callbacks.length);
  vi.restoreAllMocks();
});

describe('useLazyImage', () => {
  it('reads nothing until the element nears the viewport, then gives its URL and stored size', async () => {
    render(<Probe imageId="img-1" />, root);
    await waitFor(() => seen.callbacks.length === 1);
    expect(last()).toBeUndefined();
    expect(made).toEqual([]);
    visible(true);
    await waitFor(() => last() !== undefined);
    expect(last()).toEqual({ url: 'blob:shot-0', width: 1600, height: 900 });
  });

  it('revokes the URL when the element leaves, and reads again when it comes back', async () => {
    render(<Probe imageId="img-1" />, root);
    await waitFor(() => seen.callbacks.length === 1);
    visible(true);
    await waitFor(() => last() !== undefined);
    visible(false);
    await waitFor(() => last() === undefined);
    expect(revoked).toEqual(['blob:shot-0']);
    visible(true);
    await waitFor(() => last()?.url === 'blob:shot-1');
  });

  it('keeps nothing from a read that ends after the element left', async () => {
    render(<Probe imageId="img-1" />, root);
    await waitFor(() => seen.callbacks.length === 1);
    visible(true);
    visible(false);
    // Let the pending IndexedDB read finish: it must not create a URL nobody will revoke.
    await images.get('img-1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(made).toEqual([]);
    expect(last()).toBeUndefined();
  });

  it('stops observing and revokes its URL when unmounted', async () => {
    render(<Probe imageId="img-1" />, root);
    await waitFor(() => seen.callbacks.length === 1);
    visible(true);
    await waitFor(() => last() !== undefined);
    render(null, root);
    await waitFor(() => seen.stopped === 1);
    expect(revoked).toEqual(['blob:shot-0']);
  });
});
