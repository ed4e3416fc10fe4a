/**
 * "Access needed": accounts and permissions the assistant must have. "Sent separately" marks that
 * a password or key reaches them another way; there is deliberately no field for the secret.
 */
import { setEntry } from '../../shared/edit';
import { t } from '../../shared/i18n';
import type { AccessItem } from '../../shared/model';
import { useEditable, useEditor } from './context';
import { EntryButtons } from './EntryButtons';
import { ProcedureList } from './ProcedureList';
import { TextField } from './TextField';

export function AccessList({ items }: { items: readonly AccessItem[] }) {
  const store = useEditor();
  const editable = useEditable();
  return (
    <ProcedureList
      list="access"
      headingId="access-heading"
      text={{ heading: 'accessHeading', lead: 'accessLead', none: 'accessNone', add: 'accessAdd' }}
      empty={items.length === 0}
    >
      {items.map((item, i) => (
        // Entries have no ids: their place is who they are (as in the file format).
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i} class="entry">
          <TextField
            label={t('accessWhat', i + 1)}
            placeholder={t('accessWhatPlaceholder')}
            value={item.what}
            group={`access:${i}`}
            edit={(s, what) => setEntry(s, 'access', i, { what })}
            autoFocus={!item.what && i === items.length - 1}
          />
          <label class="row">
            <input
              type="checkbox"
              checked={item.sentSeparately}
              disabled={!editable}
              aria-label={t('accessSentLabel', i + 1)}
              onChange={(e) => {
                const sentSeparately = (e.currentTarget as HTMLInputElement).checked;
                store.edit((s) => setEntry(s, 'access', i, { sentSeparately }));
              }}
            />
            {t('accessSent')}
          </label>
          <EntryButtons
            list="access"
            index={i}
            count={items.length}
            labels={{ up: 'accessMoveUp', down: 'accessMoveDown', remove: 'accessRemove' }}
          />
        </li>
      ))}
    </ProcedureList>
  );
}
