/** "When something goes wrong": problems the assistant may meet and what to do about each. */
import { setEntry } from '../../shared/edit';
import { t } from '../../shared/i18n';
import type { TroubleEntry } from '../../shared/model';
import { EntryButtons } from './EntryButtons';
import { ProcedureList } from './ProcedureList';
import { TextField } from './TextField';

export function Troubleshooting({ entries }: { entries: readonly TroubleEntry[] }) {
  return (
    <ProcedureList
      list="troubleshooting"
      headingId="trouble-heading"
      text={{ heading: 'troubleHeading', lead: 'troubleLead', none: 'troubleNone', add: 'troubleAdd' }}
      empty={entries.length === 0}
    >
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
    </ProcedureList>
  );
}
