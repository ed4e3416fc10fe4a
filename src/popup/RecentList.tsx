import { plural, t, ui } from '../shared/i18n';
import type { Procedure } from '../shared/model';

export function RecentList({
  procedures,
  onOpen,
}: {
  procedures: Procedure[];
  onOpen: (id: string) => void;
}) {
  if (procedures.length === 0) return <p class="empty">{t('popupRecentEmpty')}</p>;
  const day = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('popupRecentHeading')}</h2>
      <ul class="recent">
        {procedures.map((p) => {
          const title = p.title || t('untitled');
          return (
            <li key={p.id}>
              <button
                type="button"
                class="link"
                onClick={() => onOpen(p.id)}
                aria-label={t('popupOpenInEditor', title)}
              >
                <span class="title">{title}</span>
                <span class="meta">
                  {t('popupRecentMeta', plural(ui, 'stepCount', p.stepCount), day.format(p.updatedAt))}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
