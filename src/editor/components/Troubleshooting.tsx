/** "When something goes wrong": problems the assistant may meet and what to do about each. */
import { addEntry, setEntry } from '../../shared/edit';
import { t } from '../../shared/i18n';
import type { TroubleEntry } from '../../shared/model';
import { useEditor } from './context';
import { EntryButtons } from './EntryButtons';
import { TextField } from './TextField';

export function Troubleshooting({ entries }: { entries: readonly TroubleEntry[] }) {
  const store = useEditor();
  return (
    <section class="procedure-list" aria-labelledby="trouble-heading">
      <h2 id="trouble-heading">{t('troubleHeading')}</h2>
      <p class="muted">{t('troubleLead')}</p>
      {entries.length === 0 && <p>{t('troubleNone')}</p>}
      <ol class="entries">
        {entries.map((entry, i) => (
          // Entries have no ids: their place is who they are (as in the file format).
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} class="entry">
            <TextField
              label={t('troubleProblem', i + 1)}
              placeholder={t('troubleProblemPlaceholder')}
              value={entry.problem}
              group={`trouble:${i}:problem`}
              edit={(s, problem) => setEntry(s, 'troubleshooting', i, { problem })}
              multiline
              autoFocus={!entry.problem && !entry.whatToDo && i === entries.length - 1}
            />
            <TextField
              label={t('troubleWhatToDo', i + 1)}
              placeholder={t('troubleWhatToDoPlaceholder')}
              value={entry.whatToDo}
              group={`trouble:${i}:whatToDo`}
              edit={(s, whatToDo) => setEntry(s, 'troubleshooting', i, { whatToDo })}
              multiline
            />
            <EntryButtons
              list="troubleshooting"
              index={i}
              count={entries.length}
              labels={{ up: 'troubleMoveUp', down: 'troubleMoveDown', remove: 'troubleRemove' }}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => store.edit((s) => addEntry(s, 'troubleshooting'))}>
        {t('troubleAdd')}
      </button>
    </section>
  );
}
