/**
 * Personal data covered on a step's screenshot: outlines with the kind over the picture (drawn,
 * so hidden from assistive technology) and the same list in words below it, with what can be
 * done to each region: take it off while this editor still holds the original (else why not),
 * or cover it on every step showing the same element.
 */
import { useState } from 'preact/hooks';
import { type CoveredRegion, type CoverKind, coveredOf } from '../../shared/edit';
import { percentOf } from '../../shared/geometry';
import { type MessageKey, plural, t, ui } from '../../shared/i18n';
import type { Rect, Step } from '../../shared/model';
import { BURNED_WORDS, coverEverywhere, removalOf, uncover } from '../state/cover-actions';
import { useEditable, useEditor } from './context';
import './covered.css';

type PluralBase = Parameters<typeof plural>[1];

/** Each kind's words: its label on the picture and its counted phrase in the summary. */
const KIND_WORDS: Record<CoverKind, { label: MessageKey; count: PluralBase }> = {
  email: { label: 'coverLabel_email', count: 'coverKind_email' },
  phone: { label: 'coverLabel_phone', count: 'coverKind_phone' },
  card: { label: 'coverLabel_card', count: 'coverKind_card' },
  iban: { label: 'coverLabel_iban', count: 'coverKind_iban' },
  'national-id': { label: 'coverLabel_nationalId', count: 'coverKind_nationalId' },
  ip: { label: 'coverLabel_ip', count: 'coverKind_ip' },
  mac: { label: 'coverLabel_mac', count: 'coverKind_mac' },
  pattern: { label: 'coverLabel_pattern', count: 'coverKind_pattern' },
  picked: { label: 'coverLabel_picked', count: 'coverKind_picked' },
  person: { label: 'coverLabel_person', count: 'coverKind_person' },
};

const labelOf = (kind: CoverKind) => t(KIND_WORDS[kind].label);

/** "3 regions covered: 2 email addresses, 1 phone number", kinds in order of first appearance. */
export function coverSummary(covered: readonly CoveredRegion[]): string {
  const counts = new Map<CoverKind, number>();
  for (const c of covered) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const kinds = [...counts].map(([kind, n]) => plural(ui, KIND_WORDS[kind].count, n));
  const list = new Intl.ListFormat(ui.locale, { style: 'long', type: 'unit' }).format(kinds);
  return t('coverSummary', plural(ui, 'coverRegions', covered.length), list);
}

/** Outlines of the covered regions, positioned in `frame` (the shown part, CSS px of the page). */
export function CoverOutlines({ step, frame }: { step: Step; frame: Rect }) {
  const covered = coveredOf(step);
  if (covered.length === 0) return null;
  return (
    <div class="cover-outlines" aria-hidden="true">
      {covered.map((c, i) => {
        const b = percentOf(c.rect, frame);
        if (b.left >= 100 || b.top >= 100 || b.left + b.width <= 0 || b.top + b.height <= 0) return null;
        return (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: regions have no id; the list only grows or shrinks at one place per edit
            key={i}
            class={`cover-outline cover-${c.kind}`}
            style={{ left: `${b.left}%`, top: `${b.top}%`, width: `${b.width}%`, height: `${b.height}%` }}
          >
            <span class="cover-tag">{labelOf(c.kind)}</span>
          </div>
        );
      })}
    </div>
  );
}

const px = (n: number) => Math.round(n);

/** Steps whose list of covered regions the person opened (procedure/step ids), for the page's life. */
const openLists = new Set<string>();

export interface CoveragePanelProps {
  step: Step;
  index: number;
  shown: boolean;
  onShown: (shown: boolean) => void;
}

/** The covered regions of one step, in words, with Remove and "cover on every matching step". */
export function CoveragePanel({ step, index, shown, onShown }: CoveragePanelProps) {
  const store = useEditor();
  const editable = useEditable();
  const [busy, setBusy] = useState(false);
  // Closed at first: a recording of a customer table covers many boxes on every step, and a
  // thousand steps' lists of buttons would bury the editor (and slow it). Remembered per step for
  // the page's life: the region picker replaces the picture, and this panel with it, meanwhile.
  const listKey = `${step.procedureId}/${step.id}`;
  const [open, setOpenState] = useState(() => openLists.has(listKey));
  const setOpen = (next: boolean) => {
    if (next) openLists.add(listKey);
    else openLists.delete(listKey);
    setOpenState(next);
  };
  const covered = coveredOf(step);
  if (covered.length === 0) return null;
  const n = index + 1;
  const idBase = `cover-${step.id}`;

  const numberOf = (stepId: string) => (store.state?.steps.findIndex((s) => s.id === stepId) ?? -1) + 1;
  const act = async (task: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };
  const remove = (i: number) =>
    act(async () => {
      if (await uncover(store, step.id, i)) store.announce(t('coverRemoved', n));
    });
  const applyAll = (i: number) =>
    act(async () => {
      const done = await coverEverywhere(store, step.id, i);
      if (!done) return;
      const numbers = done.map(numberOf).filter((k) => k > 0);
      store.announce(
        numbers.length === 0
          ? t('coverNoMatch')
          : t('coverApplied', plural(ui, 'coverMoreSteps', numbers.length), numbers.join(', ')),
      );
    });

  return (
    <section class="cover-panel" aria-labelledby={`${idBase}-summary`}>
      <p id={`${idBase}-summary`} class="cover-summary">
        {coverSummary(covered)}
      </p>
      <label class="inline">
        <input
          type="checkbox"
          checked={shown}
          aria-label={t('coverShowLabel', n)}
          onChange={(e) => onShown((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('coverShow')}
      </label>{' '}
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${idBase}-list`}
        aria-label={t('coverListLabel', n)}
        onClick={() => setOpen(!open)}
      >
        {t('coverListToggle')}
      </button>
      {open && coverList()}
    </section>
  );

  // A plain function, not a component: a component defined here would be new at every render
  // and remount its buttons, taking the keyboard focus away.
  function coverList() {
    return (
      <>
        <ul id={`${idBase}-list`} class="cover-list" aria-label={t('coverListLabel', n)}>
          {covered.map((c, i) => {
            const plan = removalOf(store, step, i);
            const why = plan.removable ? t('coverRemovable') : t(BURNED_WORDS[plan.reason]);
            const whyId = `${idBase}-why-${i}`;
            const off = !editable || busy || !plan.removable;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: regions have no id; see CoverOutlines
              <li key={i}>
                <span>
                  {t(
                    'coverItem',
                    labelOf(c.kind),
                    px(c.rect.x),
                    px(c.rect.y),
                    px(c.rect.width),
                    px(c.rect.height),
                  )}
                </span>
                <span class="cover-actions">
                  <button
                    type="button"
                    aria-label={t('coverRemoveLabel', i + 1, n)}
                    aria-describedby={whyId}
                    // Disabled, yet focusable, so the reason beside it can be reached and heard.
                    aria-disabled={off}
                    onClick={() => {
                      if (!off) void remove(i);
                    }}
                  >
                    {t('coverRemove')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('coverApplyLabel', i + 1, n)}
                    aria-describedby={`${idBase}-hint`}
                    aria-disabled={!editable || busy}
                    onClick={() => {
                      if (editable && !busy) void applyAll(i);
                    }}
                  >
                    {t('coverApply')}
                  </button>
                </span>
                <span id={whyId} class="cover-why">
                  {why}
                </span>
              </li>
            );
          })}
        </ul>
        <p id={`${idBase}-hint`} class="cover-hint">
          {t('coverApplyHint')}
        </p>
      </>
    );
  }
}
