import type { Annotation } from '../../core/notes/annotation';

/** Where the queue writes: one transaction for a batch of puts and deletes, all of it or none. */
export interface NotesWriter {
  apply(puts: readonly Annotation[], deletes: readonly string[]): Promise<void>;
}

/** A change not yet written: the annotation as it will be, or null for a delete. */
type Change = { readonly id: string; readonly next: Annotation | null; readonly done: (ok: boolean) => void };

export interface QueueState {
  /** What is in the database, as far as the program knows: shown as saved. */
  readonly saved: ReadonlyMap<string, Annotation>;
  /** Changes asked for and not yet written, newest last for each id: shown at once, marked as saving. */
  readonly pending: ReadonlyMap<string, Annotation | null>;
}

/**
 * Saves notes as they are asked for, without ever showing one as saved before it is: a change is pending until the
 * transaction that writes it has completed. Changes asked for while a write is under way go in the next batch, one
 * transaction for the whole burst. A batch that fails is undone alone: a change asked for after it is neither lost
 * nor rolled back with it. Plain code over a writer, tested in Node.
 */
export class WriteQueue {
  private saved = new Map<string, Annotation>();
  private waiting: Change[] = [];
  /** The changes in flight, and after them those waiting, per id: what the screen shows. */
  private inFlight: Change[] = [];
  private writing = false;

  constructor(
    private readonly writer: NotesWriter,
    private readonly changed: (state: QueueState) => void,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** What was read from the database at start. */
  load(annotations: readonly Annotation[]): void {
    this.saved = new Map(annotations.map((a) => [a.id, a]));
    this.publish();
  }

  put(...annotations: Annotation[]): Promise<boolean> {
    return this.enqueue(annotations.map((a) => ({ id: a.id, next: a })));
  }

  remove(...ids: string[]): Promise<boolean> {
    return this.enqueue(ids.map((id) => ({ id, next: null })));
  }

  state(): QueueState {
    const pending = new Map<string, Annotation | null>();
    for (const c of [...this.inFlight, ...this.waiting]) pending.set(c.id, c.next);
    return { saved: this.saved, pending };
  }

  private enqueue(changes: Array<{ id: string; next: Annotation | null }>): Promise<boolean> {
    if (changes.length === 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      let left = changes.length;
      let all = true;
      const done = (ok: boolean): void => {
        all &&= ok;
        if (--left === 0) resolve(all);
      };
      for (const c of changes) this.waiting.push({ ...c, done });
      this.publish();
      // Written once the current burst is over: every change asked for in the same task goes in one transaction.
      queueMicrotask(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    if (this.writing || this.waiting.length === 0) return;
    this.writing = true;
    const batch = this.waiting;
    this.waiting = [];
    this.inFlight = batch;
    // The last change to each id in the batch is what is written.
    const last = new Map<string, Annotation | null>();
    for (const c of batch) last.set(c.id, c.next);
    const puts = [...last.values()].filter((a): a is Annotation => a !== null);
    const deletes = [...last].filter(([, a]) => a === null).map(([id]) => id);
    let ok = true;
    try {
      await this.writer.apply(puts, deletes);
      for (const [id, a] of last) {
        if (a === null) this.saved.delete(id);
        else this.saved.set(id, a);
      }
    } catch (error) {
      ok = false;
      this.failed(error);
    }
    this.inFlight = [];
    this.writing = false;
    this.publish();
    for (const c of batch) c.done(ok);
    if (this.waiting.length > 0) await this.flush();
  }

  private publish(): void {
    this.changed(this.state());
  }
}
