/**
 * Chooses a rectangle on a screenshot: drag with a pointer, or with the keyboard move it with the
 * arrow keys and resize it with Shift+arrows. Works in fractions of the picture (see regions.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CENTRE, clampRegion, type Fraction, fromCorners, MIN_FRACTION, nudge } from '../../shared/edit';
import { type MessageKey, t } from '../../shared/i18n';
import type { Step } from '../../shared/model';
import { Screenshot } from './Screenshot';

export type RegionMode = 'blackout' | 'crop' | 'marker' | 'cover';

const WORDS: Record<RegionMode, { label: MessageKey; apply: MessageKey }> = {
  blackout: { label: 'editorRegion_blackout', apply: 'editorApply_blackout' },
  crop: { label: 'editorRegion_crop', apply: 'editorApply_crop' },
  marker: { label: 'editorRegion_marker', apply: 'editorApply_marker' },
  cover: { label: 'coverRegionPicker', apply: 'coverApplyRegion' },
};

export interface RegionPickerProps {
  mode: RegionMode;
  step: Step;
  index: number;
  initial?: Fraction;
  onApply: (region: Fraction) => void;
  onCancel: () => void;
}

function pct(n: number): string {
  return `${Math.round(n * 1000) / 10}%`;
}

export function RegionPicker({ mode, step, index, initial, onApply, onCancel }: RegionPickerProps) {
  const stepNumber = index + 1;
  const [region, setRegion] = useState<Fraction>(initial ?? CENTRE);
  const layer = useRef<HTMLDivElement>(null);
  const start = useRef<{ x: number; y: number } | undefined>(undefined);
  const words = WORDS[mode];
  const regionBox = useRef<HTMLDivElement>(null);
  // Keyboard users land on the rectangle, ready to move it.
  useEffect(() => regionBox.current?.focus(), []);

  const pointAt = (event: PointerEvent) => {
    const r = layer.current!.getBoundingClientRect();
    return { x: (event.clientX - r.left) / r.width, y: (event.clientY - r.top) / r.height };
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    start.current = pointAt(event);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent) => {
    if (start.current) setRegion(fromCorners(start.current, pointAt(event)));
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!start.current) return;
    const drawn = fromCorners(start.current, pointAt(event));
    start.current = undefined;
    // A click without a drag keeps the previous region rather than making a sliver.
    if (drawn.width >= MIN_FRACTION && drawn.height >= MIN_FRACTION) setRegion(clampRegion(drawn));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onApply(region);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else {
      const next = nudge(region, event.key, event.shiftKey);
      if (next) {
        event.preventDefault();
        setRegion(next);
      }
    }
  };

  const layerElement = (
    <div
      ref={layer}
      class={`region-layer region-${mode}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    >
      <div
        ref={regionBox}
        class="region"
        // A widget that handles its own arrow keys: "application" tells screen readers to pass them on.
        role="application"
        aria-roledescription={t('editorRegionSelector')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard-operated widget, as role application says
        tabIndex={0}
        aria-label={t('editorRegionLabel', t(words.label), stepNumber)}
        aria-description={t(
          'editorRegionPosition',
          pct(region.x),
          pct(region.y),
          pct(region.width),
          pct(region.height),
        )}
        data-region={JSON.stringify(region)}
        onKeyDown={onKeyDown}
        style={{
          left: pct(region.x),
          top: pct(region.y),
          width: pct(region.width),
          height: pct(region.height),
        }}
      />
    </div>
  );
  return (
    <Screenshot step={step} index={index} overlay={layerElement}>
      <div class="region-actions">
        <button type="button" class="primary" onClick={() => onApply(region)}>
          {t(words.apply)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </Screenshot>
  );
}
