import type { SearchOptions, SearchResult } from '../../core/search/search';
import type { Annotation } from '../../core/notes/annotation';
import type { DocumentMatches, DocumentTerms, Placements, WorkerRequest, WorkerResponse } from '../../worker/protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Body<K extends WorkerRequest['kind']> = Omit<Extract<WorkerRequest, { kind: K }>, 'id' | 'kind'>;

let worker: Worker | null = null;
let nextId = 1;
/** The texts last sent for matchTexts, and their version. */
let sentTexts: ReadonlyArray<{ id: string; text: string }> | null = null;
let textsVersion = 0;

function sameTexts(
  a: ReadonlyArray<{ id: string; text: string }> | null,
  b: ReadonlyArray<{ id: string; text: string }>,
): boolean {
  return a !== null && a.length === b.length && a.every((t, i) => t.id === b[i]!.id && t.text === b[i]!.text);
}
const pending = new Map<number, Pending>();

/**
 * Whether these texts must be sent (they differ from those last sent), taking a new version for them if so. The same
 * texts (a view drawn again builds a new array of them) are not sent again, nor indexed again there.
 */
function sending(texts: ReadonlyArray<{ id: string; text: string }>): boolean {
  const fresh = sentTexts !== texts && !sameTexts(sentTexts, texts);
  if (fresh) textsVersion++;
  sentTexts = texts;
  return fresh;
}

/** The worker, started (and asked to load the corpus and index) on first need. */
function started(): Worker {
  if (worker === null) {
    worker = new Worker(new URL('../../worker/search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const answer = event.data;
      const waiting = pending.get(answer.id);
      if (!waiting) return;
      pending.delete(answer.id);
      if (answer.ok) waiting.resolve(answer.result);
      else waiting.reject(new Error(answer.error));
    };
    worker.onerror = (event) => {
      for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'the search worker failed'));
      pending.clear();
    };
    const base = document.baseURI;
    // Its answer is awaited by every later request (the worker waits for it before answering them).
    void post(worker, 'init', {
      corpusUrl: new URL('search-corpus.json', base).href,
      indexUrl: new URL('search-index.bin', base).href,
      wordsUrl: new URL('search-words.bin', base).href,
    }).catch(() => undefined);
  }
  return worker;
}

function send<K extends WorkerRequest['kind']>(kind: K, body: Body<K>): Promise<unknown> {
  return post(started(), kind, body);
}

function post<K extends WorkerRequest['kind']>(to: Worker, kind: K, body: Body<K>): Promise<unknown> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    to.postMessage({ id, kind, ...body });
  });
}

export const searchClient = {
  /**
   * Starts the worker loading the corpus and index, beside the page loading its own: called at start, so the first
   * search does not wait for the page to be drawn before the worker even begins.
   */
  start: (): void => {
    started();
  },
  search: (query: string, options: SearchOptions) => send('search', { query, options }) as Promise<SearchResult>,
  documentMatches: (docId: string, query: string) => send('document', { docId, query }) as Promise<DocumentMatches>,
  documentTerms: (docId: string) => send('terms', { docId }) as Promise<DocumentTerms>,
  /**
   * Which of some texts match a query. The texts go to the worker once for each array passed (keep the array while
   * the texts are the same): ten thousand notes are not sent again on every keystroke.
   */
  matchTexts: (query: string, texts: ReadonlyArray<{ id: string; text: string }>) => {
    const fresh = sending(texts);
    return send('match-texts', { query, version: textsVersion, ...(fresh ? { texts } : {}) }) as Promise<string[]>;
  },
  /**
   * Sends texts to be matched later, for the worker to index ahead of the first search (it does so a little at a
   * time, between other requests). Texts already sent are not sent again.
   */
  prepareTexts: (texts: ReadonlyArray<{ id: string; text: string }>): void => {
    if (sending(texts)) void send('index-texts', { version: textsVersion, texts }).catch(() => undefined);
  },
  anchor: (docId: string, annotations: readonly Annotation[]) =>
    send('anchor', { docId, annotations }) as Promise<Placements>,
};
