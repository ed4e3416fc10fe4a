/** The top page reports when it settled after a change, with a stamp that changes with the page. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stopWatching } from '../../../src/content/dom-version';
import { pageStamp, reportSettling } from '../../../src/content/settle';
import { trusted } from './dom-events';

let stop: (() => void) | undefined;
const reports: string[] = [];

/** Lets mutation records arrive (microtasks) and the settle timer run. */
async function wait(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  reports.length = 0;
  document.body.innerHTML = '<input id="f"><div id="d"></div>';
  stop = reportSettling((stamp) => reports.push(stamp));
});

afterEach(() => {
  stop?.();
  stopWatching();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('reportSettling', () => {
  it('reports the page as it is when recording starts, once it is quiet', async () => {
    await wait(299);
    expect(reports).toEqual([]);
    await wait(2);
    expect(reports).toEqual([pageStamp()]);
  });

  it('reports again after a change, with a new stamp, and not before the page is quiet', async () => {
    await wait(400);
    const first = reports[0];
    document.getElementById('d')!.textContent = 'Saved';
    await wait(100);
    document.getElementById('d')!.append(document.createElement('span'));
    await wait(200);
    expect(reports).toHaveLength(1);
    await wait(150);
    expect(reports).toHaveLength(2);
    expect(reports[1]).not.toBe(first);
    expect(reports[1]).toBe(pageStamp());
  });

  it('counts typing and scrolling as changes though no mutation reports them', async () => {
    await wait(400);
    const before = pageStamp();
    const field = document.getElementById('f') as HTMLInputElement;
    field.value = 'ACME';
    field.dispatchEvent(trusted(new InputEvent('input', { bubbles: true })));
    expect(pageStamp()).not.toBe(before);
    const typed = pageStamp();
    window.dispatchEvent(new Event('scroll'));
    expect(pageStamp()).not.toBe(typed);
  });

  it('reports a page that never stops changing at least every 1.5 s', async () => {
    await wait(400);
    reports.length = 0;
    for (let i = 0; i < 20; i++) {
      document.getElementById('d')!.textContent = `tick ${i}`;
      await wait(100);
    }
    expect(reports.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the stamp while nothing changes', async () => {
    await wait(400);
    expect(pageStamp()).toBe(pageStamp());
    expect(pageStamp()).toBe(reports[0]);
  });
});
