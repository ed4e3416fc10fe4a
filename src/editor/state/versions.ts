/**
 * The editor's side of the procedure's saved versions (its History panel): a version after each
 * burst of edits, and restoring one as an undoable edit. Versions are saved from what storage
 * holds, after the editor's own pending writes; screenshots only pruned versions showed are deleted
 * with them unless this page's undo history still shows them, and only when no other editor is open
 * (its undo history is its own; the sweep after it closes takes them).
 */
import { type ProcedureVersion, type VersionReason, versions } from '../../shared/db';
import { t } from '../../shared/i18n';
import { soleEditor } from './orphans';
import type { EditorStore } from './store';
import { VersionBurst } from './version-burst';
import { restoredState } from './version-restore';

export class EditorVersions {
  readonly burst: VersionBurst;

  constructor(
    private readonly store: EditorStore,
    private readonly isSoleEditor: (procedureId: string) => Promise<boolean> = soleEditor,
    pauseMs?: number,
  ) {
    this.burst = new VersionBurst(() => this.save('edits'), pauseMs);
  }

  get procedureId(): string {
    return this.store.procedureId;
  }

  /** Writes what is waiting, then saves what storage holds as a version (none when equal to the newest). */
  async save(reason: VersionReason): Promise<ProcedureVersion | undefined> {
    await this.store.flush();
    const alone = await this.isSoleEditor(this.procedureId);
    return versions.save(
      this.procedureId,
      reason,
      alone ? { releaseExcept: () => this.store.referencedImageIds() } : {},
    );
  }

  /**
   * Forgets every version but one of what is stored now, and the screenshots only they showed
   * (unless this page's undo history shows them, or another editor is open). Returns how many went.
   */
  async keepOnlyCurrent(): Promise<number> {
    await this.burst.end();
    await this.store.flush();
    const alone = await this.isSoleEditor(this.procedureId);
    return versions.keepOnlyCurrent(
      this.procedureId,
      alone ? { releaseExcept: () => this.store.referencedImageIds() } : {},
    );
  }

  /**
   * Replaces the procedure with a saved version, as one undoable edit, and saves a 'restore'
   * version. What was there before is saved first when no version holds it yet. Returns whether
   * the procedure now shows the version.
   */
  async restore(versionId: string): Promise<boolean> {
    const version = await versions.get(versionId);
    if (!version || version.procedureId !== this.procedureId) {
      this.store.fail(new Error(t('historyVersionGone')));
      return false;
    }
    await this.burst.end();
    if (!this.store.edit((state) => restoredState(state, version))) return false;
    await this.save('restore').catch((error: unknown) => this.store.fail(error));
    return true;
  }
}
