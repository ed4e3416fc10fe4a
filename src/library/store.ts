/** The library's state: the procedures, the search, and the last deletion (for Undo). */
import { procedures } from '../shared/db';
import { t } from '../shared/i18n';
import { errorSentence } from '../shared/messaging';
import type { Procedure } from '../shared/model';
import { duplicateStored } from './duplicate';
import { matches } from './search';

export interface LibrarySnapshot {
  loaded: boolean;
  all: Procedure[];
  query: string;
  error?: string;
  /** What just happened, for the status line and screen readers. */
  message?: string;
  /** The procedure just moved to the bin, while Undo is offered. */
  deleted?: Procedure;
}

export class LibraryStore {
  private snapshot: LibrarySnapshot = { loaded: false, all: [], query: '' };
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(): LibrarySnapshot {
    return this.snapshot;
  }

  visible(): Procedure[] {
    return this.snapshot.all.filter((p) => matches(p, this.snapshot.query));
  }

  async refresh(): Promise<void> {
    try {
      this.set({ all: await procedures.list(), loaded: true });
    } catch (error) {
      this.set({ error: errorSentence(error), loaded: true });
    }
  }

  search(query: string): void {
    this.set({ query });
  }

  rename(id: string, title: string): Promise<void> {
    return this.run(async () => {
      await procedures.update(id, { title });
      this.set({ message: t('libraryRenamed', title) });
    });
  }

  duplicate(procedure: Procedure): Promise<void> {
    return this.run(async () => {
      await duplicateStored(procedure.id);
      this.set({ message: t('libraryCopied', procedure.title) });
    });
  }

  /**
   * Moves the procedure to the bin while Undo is offered. Only the latest deletion is offered, so
   * the one before it is deleted for real now, with its steps and screenshots.
   */
  remove(procedure: Procedure): Promise<void> {
    return this.run(async () => {
      const earlier = this.snapshot.deleted;
      await procedures.trash(procedure.id);
      this.set({ deleted: procedure, message: t('libraryDeleted', procedure.title) });
      if (earlier) await procedures.remove(earlier.id);
    });
  }

  /** The page is going away and Undo with it: the procedure still offered is deleted for real. */
  async endUndo(): Promise<void> {
    const deleted = this.snapshot.deleted;
    if (!deleted) return;
    this.set({ deleted: undefined });
    await procedures.remove(deleted.id);
  }

  undoRemove(): Promise<void> {
    const deleted = this.snapshot.deleted;
    if (!deleted) return Promise.resolve();
    return this.run(async () => {
      await procedures.restore(deleted.id);
      this.set({ deleted: undefined, message: t('libraryRestored', deleted.title) });
    });
  }

  /** Shows the outcome of something done elsewhere (an import). */
  report(message: string | undefined, error?: unknown): void {
    this.set(error === undefined ? { message, error: undefined } : { error: errorSentence(error) });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  private async run(task: () => Promise<void>): Promise<void> {
    try {
      this.set({ error: undefined });
      await task();
    } catch (error) {
      this.set({ error: errorSentence(error) });
    }
    await this.refresh();
  }

  private set(patch: Partial<LibrarySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
