/**
 * How long a task took when it was recorded: from the first recorded action to the last. Pure.
 * Steps written by hand carry the time they were written, not a time in the task, so they are
 * left out; so is a procedure with fewer than two recorded actions (no span to measure).
 */
import type { Locale } from './i18n/catalog';
import type { Step } from './model';

export function taskDuration(steps: readonly Step[]): number | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let recorded = 0;
  for (const step of steps) {
    if (step.type === 'manual' || !Number.isFinite(step.at)) continue;
    recorded++;
    // Steps can be reordered in the editor, so the list order is not the time order.
    first = Math.min(first, step.at);
    last = Math.max(last, step.at);
  }
  return recorded >= 2 ? last - first : undefined;
}

function unit(locale: Locale, name: 'hour' | 'minute' | 'second', value: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
}

/**
 * A span in words, as precise as a reader needs: seconds under a minute, minutes and seconds
 * under ten minutes, whole minutes under an hour, hours and minutes beyond. Intl supplies the
 * unit words and their plural forms in each language.
 */
export function formatDuration(ms: number, locale: Locale): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return unit(locale, 'second', seconds);
  if (seconds < 600) {
    const rest = seconds % 60;
    const minutes = unit(locale, 'minute', Math.floor(seconds / 60));
    return rest ? `${minutes} ${unit(locale, 'second', rest)}` : minutes;
  }
  const totalMinutes = Math.round(seconds / 60);
  if (totalMinutes < 60) return unit(locale, 'minute', totalMinutes);
  const hours = unit(locale, 'hour', Math.floor(totalMinutes / 60));
  const minutes = totalMinutes % 60;
  return minutes ? `${hours} ${unit(locale, 'minute', minutes)}` : hours;
}
