/** The popup's recording clock: time spent recording, not counting pauses. */
import { useEffect, useState } from 'preact/hooks';
import type { RecordingSnapshot } from '../shared/protocol';

export function elapsedMs(snap: RecordingSnapshot, now: number): number {
  if (snap.startedAt === undefined) return 0;
  const end = snap.pausedAt ?? now;
  return Math.max(0, end - snap.startedAt - (snap.pausedMs ?? 0));
}

/** `m:ss` under an hour, `h:mm:ss` beyond, as a stopwatch shows it. */
export function clockText(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The current time, updated every second while `ticking`. */
export function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
