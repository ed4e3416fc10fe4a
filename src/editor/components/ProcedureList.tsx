/**
 * The frame of one of the procedure's own lists ("Access needed", "When something goes wrong"):
 * heading, lead, a line when empty, the numbered entries, and the button that adds one.
 */
import type { ComponentChildren } from 'preact';
import { addEntry } from '../../shared/edit';
import { type MessageKey, t } from '../../shared/i18n';
import { useEditor } from './context';

export interface ProcedureListProps {
  list: 'troubleshooting' | 'access';
  /** The heading's element id, which names the section. */
  headingId: string;
  text: { heading: MessageKey; lead: MessageKey; none: MessageKey; add: MessageKey };
  empty: boolean;
  /** One <li class="entry"> per entry. */
  children: ComponentChildren;
}

export function ProcedureList({ list, headingId, text, empty, children }: ProcedureListProps) {
  const store = useEditor();
  return (
    <section class="procedure-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(text.heading)}</h2>
      <p class="muted">{t(text.lead)}</p>
      {empty && <p>{t(text.none)}</p>}
      <ol class="entries">{children}</ol>
      <button type="button" onClick={() => store.edit((s) => addEntry(s, list))}>
        {t(text.add)}
      </button>
    </section>
  );
}
