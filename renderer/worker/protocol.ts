import type { Span } from '../core/corpus/types';
import type { Anchored } from '../core/notes/anchor';
import type { Annotation } from '../core/notes/annotation';
import type { SearchOptions, SearchResult } from '../core/search/search';

/** What the reader asks the search worker, and what it answers. */
export type WorkerRequest =
  | {
      readonly id: number;
      readonly kind: 'init';
      readonly corpusUrl: string;
      readonly indexUrl: string;
      /** The vocabulary (spelling corrections only), fetched once the index is loaded. */
      readonly wordsUrl: string;
    }
  | { readonly id: number; readonly kind: 'search'; readonly query: string; readonly options: SearchOptions }
  /** Every match of a query in one document, paragraph by paragraph (for marking the reader). */
  | { readonly id: number; readonly kind: 'document'; readonly docId: string; readonly query: string }
  /** Glossary terms in one document, for the quiet marks and their hover cards. */
  | { readonly id: number; readonly kind: 'terms'; readonly docId: string }
  /** Which of some short texts (notes and their quotes) match a query. */
  | {
      readonly id: number;
      readonly kind: 'match-texts';
      readonly query: string;
      /** The texts, sent once per version of them; later searches of the same version send only `version`. */
      readonly texts?: ReadonlyArray<{ id: string; text: string }>;
      readonly version: number;
    }
  /** The texts to match later, indexed now (a little at a time), so that the first search does not wait for it. */
  | {
      readonly id: number;
      readonly kind: 'index-texts';
      readonly texts: ReadonlyArray<{ id: string; text: string }>;
      readonly version: number;
    }
  /** Where notes whose quote is no longer exactly in their document now belong, by likeness (off the page's thread). */
  | {
      readonly id: number;
      readonly kind: 'anchor';
      readonly docId: string;
      readonly annotations: readonly Annotation[];
    };

/** annotation id → where it is placed now. */
export type Placements = Readonly<Record<string, Anchored>>;

export interface DocumentMatches {
  readonly query: string;
  /** paragraph index → spans */
  readonly paragraphs: Readonly<Record<number, readonly Span[]>>;
}

export interface GlossaryTerm {
  readonly id: string;
  readonly en: string;
  readonly zhHans: string;
  readonly zhHant: string;
  /** What the name stands for, in each interface language. */
  readonly note?: { readonly en: string; readonly zh: string };
}

export interface DocumentTerms {
  readonly terms: Readonly<Record<string, GlossaryTerm>>;
  /** paragraph index → [start, end, concept id] */
  readonly paragraphs: Readonly<Record<number, ReadonlyArray<readonly [number, number, string]>>>;
}

export type WorkerResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly result: SearchResult | DocumentMatches | DocumentTerms | Placements | string[] | null;
    }
  | { readonly id: number; readonly ok: false; readonly error: string };
