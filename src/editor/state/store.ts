/**
 * The editor's one store: the procedure being edited with its undo history, plus the few things
 * the page shows about itself (an error sentence, a live announcement, export progress). Every
 * change goes through `edit`, `undo` or `redo`, which save at once through the Saver.
 */

import {
  canRedo,
  canUndo,
  closeGroup,
  createHistory,
  type EditState,
  type History,
  record,
  redo,
  undo,
} from '../../shared/edit';
import { errorSentence } from '../../shared/messaging';
import { releasedImageIds } from './released';
import { Saver } from './saver';

export type Status = 'loading' | 'ready' | 'missing';

export interface Snapshot {
  status: Status;
  history?: History;
  /** The first steps, shown read-only while the whole procedure loads (a long one takes a while). */
  preview?: EditState;
  /** One sentence about the last thing that went wrong, shown in a role=alert. */
  error?: string;
  /** For the aria-live region; `seq` makes a repeated sentence be read again. */
  announcement: { text: string; seq: number };
  /** What a long task is doing ("Preparing screenshots: 40 of 200"). */
  busy?: string;
  /** True while an edit is not yet in storage. */
  saving: boolean;
}

/**
 * Writes what changed from `before` to `after`; `release` lists screenshots that left the undo
 * history (no state here can show them again), which the write may delete. Returns false when
 * there was nothing to write.
 */
export type StoreWriter = (
  before: EditState,
  after: EditState,
  release: readonly string[],
) => Promise<boolean>;

export interface StoreDeps {
  load: (procedureId: string) => Promise<EditState | undefined>;
  /** The procedure with only its first steps: quick to read, so the page shows something at once. */
  preview?: (procedureId: string) => Promise<EditState | undefined>;
  write: StoreWriter;
  /** Tells other editor tabs that storage changed. */
  notify?: () => void;
  /** Compares a reloaded state with the current one, so echoes of our own saves change nothing. */
  same?: (a: EditState, b: EditState) => boolean;
}

export interface EditOptions {
  /** Edits with the same group (one text box) make one undo step until the group is closed. */
  group?: string;
  /** Typing waits this long before saving; other edits save at once. */
  delayMs?: number;
}

export class EditorStore {
  private snapshot: Snapshot = { status: 'loading', announcement: { text: '', seq: 0 }, saving: false };
  private readonly listeners = new Set<() => void>();
  private saver: Saver | undefined;
  /** Screenshots dropped from the undo history, not yet handed to a write. */
  private readonly released = new Set<string>();

  constructor(
    readonly procedureId: string,
    private readonly deps: StoreDeps,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(): Snapshot {
    return this.snapshot;
  }

  get state(): EditState | undefined {
    return this.snapshot.history?.present;
  }

  get canUndo(): boolean {
    return !!this.snapshot.history && canUndo(this.snapshot.history);
  }

  get canRedo(): boolean {
    return !!this.snapshot.history && canRedo(this.snapshot.history);
  }

  async load(): Promise<void> {
    void this.deps.preview?.(this.procedureId).then(
      (preview) => {
        if (preview && this.snapshot.status === 'loading') this.set({ preview });
      },
      () => undefined,
    );
    try {
      const state = await this.deps.load(this.procedureId);
      if (!state) return this.set({ status: 'missing', preview: undefined });
      this.saver = new Saver(state, (before, after) => this.writeReleasing(before, after), {
        saved: (wrote) => {
          if (wrote) this.deps.notify?.();
        },
        failed: (error) => this.fail(error),
        changed: () => {
          const saving = this.saver?.pending ?? false;
          if (saving !== this.snapshot.saving) this.set({ saving });
        },
      });
      this.set({ status: 'ready', history: createHistory(state), preview: undefined });
    } catch (error) {
      this.set({ status: 'missing', preview: undefined, error: errorSentence(error) });
    }
  }

  /** Applies a pure edit. Returns false (and shows why) when the edit could not be made. */
  edit(op: (state: EditState) => EditState, options: EditOptions = {}): boolean {
    const history = this.snapshot.history;
    if (!history) return false;
    let next: EditState;
    try {
      next = op(history.present);
    } catch (error) {
      this.fail(error);
      return false;
    }
    const recorded = record(history, next, options.group);
    if (recorded === history) return true;
    for (const id of releasedImageIds(history, recorded)) this.released.add(id);
    this.set({ history: recorded, error: undefined });
    this.saver?.schedule(next, options.delayMs ?? 0);
    return true;
  }

  /** The person left a text box: the next edit there is a new undo step, and typing is saved now. */
  endTyping(): Promise<void> {
    const history = this.snapshot.history;
    if (history) {
      const closed = closeGroup(history);
      if (closed !== history) this.set({ history: closed });
    }
    return this.flush();
  }

  undo(): void {
    this.travel(undo);
  }

  redo(): void {
    this.travel(redo);
  }

  flush(): Promise<void> {
    return this.saver?.flush() ?? Promise.resolve();
  }

  /** True while an edit is not yet in storage (closing the page now could lose it). */
  get saving(): boolean {
    return this.saver?.pending ?? false;
  }

  /**
   * Another tab or the recorder changed storage. Our own pending edits are written first, then
   * the stored state replaces ours. Undo history is dropped when the content differs: undoing
   * across someone else's change would silently revert it.
   */
  async reloadFromStorage(): Promise<void> {
    // An edit made while storage is being read is not in what was read: save it and read again.
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!this.saver || !this.snapshot.history) return;
      await this.flush();
      const before = this.snapshot.history.present;
      let state: EditState | undefined;
      try {
        state = await this.deps.load(this.procedureId);
      } catch (error) {
        return this.fail(error);
      }
      const history = this.snapshot.history;
      if (!history) return;
      if (history.present !== before) continue;
      if (!state) {
        this.saver.reset(history.present);
        return this.set({ status: 'missing', history: undefined });
      }
      if (this.deps.same?.(history.present, state)) return;
      this.saver.reset(state);
      return this.set({ history: createHistory(state) });
    }
  }

  /** Every image a state in the undo history shows: these must stay stored. */
  referencedImageIds(): Set<string> {
    const h = this.snapshot.history;
    const ids = new Set<string>();
    if (!h) return ids;
    for (const state of [...h.past, h.present, ...h.future]) {
      for (const step of state.steps) if (step.image) ids.add(step.image.imageId);
    }
    return ids;
  }

  /** Every image the present state shows: all that must stay once undo ends with the page. */
  presentImageIds(): Set<string> {
    return new Set(this.state?.steps.flatMap((s) => (s.image ? [s.image.imageId] : [])));
  }

  private async writeReleasing(before: EditState, after: EditState): Promise<boolean> {
    const release = [...this.released];
    const wrote = await this.deps.write(before, after, release);
    // Kept on failure: the next write tries again (the write deletes only what no step shows).
    for (const id of release) this.released.delete(id);
    return wrote;
  }

  announce(text: string): void {
    this.set({ announcement: { text, seq: this.snapshot.announcement.seq + 1 } });
  }

  fail(error: unknown): void {
    this.set({ error: errorSentence(error) });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  setBusy(busy: string | undefined): void {
    this.set({ busy });
  }

  private travel(move: (h: History) => History): void {
    const history = this.snapshot.history;
    if (!history) return;
    const next = move(closeGroup(history));
    if (next.present === history.present) return;
    this.set({ history: next, error: undefined });
    this.saver?.schedule(next.present, 0);
  }

  private set(patch: Partial<Snapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
