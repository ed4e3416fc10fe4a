import type { Procedure } from '../shared/model';

export function RecentList({
  procedures,
  onOpen,
}: {
  procedures: Procedure[];
  onOpen: (id: string) => void;
}) {
  if (procedures.length === 0) return <p class="empty">Your recorded procedures will appear here.</p>;
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent procedures</h2>
      <ul class="recent">
        {procedures.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class="link"
              onClick={() => onOpen(p.id)}
              aria-label={`Open "${p.title}" in the editor`}
            >
              <span class="title">{p.title}</span>
              <span class="meta">
                {p.stepCount} {p.stepCount === 1 ? 'step' : 'steps'} ·{' '}
                {new Date(p.updatedAt).toLocaleDateString()}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
