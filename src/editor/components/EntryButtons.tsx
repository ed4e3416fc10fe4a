/** Move up, move down and remove for one entry of the procedure's troubleshooting or access list. */
import { moveEntry, removeEntry } from '../../shared/edit';
import { type MessageKey, t } from '../../shared/i18n';
import { useEditor } from './context';

export interface EntryButtonsProps {
  list: 'troubleshooting' | 'access';
  index: number;
  count: number;
  /** Accessible names, each with the entry's number: "Move problem 2 up". */
  labels: { up: MessageKey; down: MessageKey; remove: MessageKey };
}

export function EntryButtons({ list, index, count, labels }: EntryButtonsProps) {
  const store = useEditor();
  const n = index + 1;
  return (
    <div class="row">
      <button
        type="button"
        aria-label={t(labels.up, n)}
        disabled={index === 0}
        onClick={() => store.edit((s) => moveEntry(s, list, index, -1))}
      >
        {t('editorMoveUp')}
      </button>
      <button
        type="button"
        aria-label={t(labels.down, n)}
        disabled={index === count - 1}
        onClick={() => store.edit((s) => moveEntry(s, list, index, 1))}
      >
        {t('editorMoveDown')}
      </button>
      <button
        type="button"
        class="danger"
        aria-label={t(labels.remove, n)}
        onClick={() => store.edit((s) => removeEntry(s, list, index))}
      >
        {t('editorRemove')}
      </button>
    </div>
  );
}
