import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/notes/annotation';
import { testNote } from './testNote';
import { WriteQueue, type NotesWriter, type QueueState } from './writeQueue';

const note = (id: string, text = 'n'): Annotation => testNote(id, { note: text, tags: [] });

/** A writer whose transactions complete (or fail) only when the test says so. */
function controlled() {
  const calls: Array<{ puts: string[]; deletes: string[]; finish: (ok: boolean) => void }> = [];
  const writer: NotesWriter = {
    apply: (puts, deletes) =>
      new Promise<void>((resolve, reject) =>
        calls.push({
          puts: puts.map((a) => a.id),
          deletes: [...deletes],
          finish: (ok) => (ok ? resolve() : reject(new Error('disk full'))),
        }),
      ),
  };
  return { writer, calls };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('saving notes (issue 12)', () => {
  it('shows a note as saving until its transaction completes, and as saved only after', async () => {
    const { writer, calls } = controlled();
    let seen: QueueState = { saved: new Map(), pending: new Map() };
    const q = new WriteQueue(
      writer,
      (s) => (seen = s),
      () => undefined,
    );
    const done = q.put(note('a'));
    expect(seen.pending.has('a')).toBe(true);
    expect(seen.saved.has('a')).toBe(false);
    await tick();
    expect(calls).toHaveLength(1);
    expect(seen.saved.has('a')).toBe(false);
    calls[0]!.finish(true);
    expect(await done).toBe(true);
    expect(seen.saved.get('a')?.note).toBe('n');
    expect(seen.pending.size).toBe(0);
  });

  it('writes a burst of saves in one transaction, and what comes during a write in the next', async () => {
    const { writer, calls } = controlled();
    const q = new WriteQueue(
      writer,
      () => undefined,
      () => undefined,
    );
    const burst = [q.put(note('a')), q.put(note('b')), q.put(note('a', 'edited')), q.remove('c')];
    await tick();
    expect(calls.map((c) => [c.puts, c.deletes])).toEqual([[['a', 'b'], ['c']]]);
    const later = q.put(note('d'));
    await tick();
    expect(calls).toHaveLength(1);
    calls[0]!.finish(true);
    await tick();
    expect(calls[1]!.puts).toEqual(['d']);
    calls[1]!.finish(true);
    expect(await Promise.all([...burst, later])).toEqual([true, true, true, true, true]);
  });

  it('undoes a failed save alone: a later save is neither lost nor rolled back, and the failure is said', async () => {
    const { writer, calls } = controlled();
    let seen: QueueState = { saved: new Map(), pending: new Map() };
    const errors: unknown[] = [];
    const q = new WriteQueue(
      writer,
      (s) => (seen = s),
      (e) => errors.push(e),
    );
    q.load([note('kept')]);
    const first = q.put(note('a'));
    await tick();
    const second = q.put(note('b'));
    calls[0]!.finish(false);
    expect(await first).toBe(false);
    expect(errors).toHaveLength(1);
    expect(seen.saved.has('a')).toBe(false);
    expect(seen.pending.has('a')).toBe(false);
    // The later save is still on its way, then saved.
    expect(seen.pending.has('b')).toBe(true);
    await tick();
    calls[1]!.finish(true);
    expect(await second).toBe(true);
    expect([...seen.saved.keys()].sort()).toEqual(['b', 'kept']);
  });
});
