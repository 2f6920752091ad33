/** Runs anywhere: the shapes of the corpus, shared by the build script, the command line and the reader. */

export type Language = 'en' | 'zh';
/** ISO 15924 script of the document as published. */
export type Script = 'Latn' | 'Hant' | 'Hans';

/** [start, end) character offsets (UTF-16 code units), end exclusive. */
export type Span = readonly [start: number, end: number];

/**
 * Where cleaning removed source characters from a paragraph: at cleaned offset `at`,
 * `length` characters of the source were deleted. Cleaning only ever deletes, so this
 * is enough to map any cleaned offset back into the original file.
 */
export type Gap = readonly [at: number, length: number];

export type ParagraphKind = 'heading' | 'paragraph';

export interface Paragraph {
  /** Position in the document, 0-based; what deep links (`#/doc/<id>/p/<n>`) use. */
  readonly index: number;
  /** Stable id: the document id and a hash of the cleaned text, so it survives paragraphs moving. */
  readonly id: string;
  readonly kind: ParagraphKind;
  /** Cleaned text, as the reader shows it. */
  readonly text: string;
  /** Sentences (or clauses ending a Chinese sentence) as spans in `text`. */
  readonly sentences: readonly Span[];
  /** Span of this paragraph in the original file text. */
  readonly source: Span;
  /** Deletions made by cleaning, relative to `source[0]` (see `Gap`). */
  readonly gaps: readonly Gap[];
  /** For a paragraph inside a city's section (document 002): the city's id. */
  readonly section?: string;
}

/** What a cleaning rule took out of the file, so the reader can say why a line is not shown. */
export interface DroppedLine {
  readonly source: Span;
  readonly rule: string;
}

export interface DocumentDate {
  /** ISO 8601, to the precision that is known: `2022-04-28`, `2018-03`, or null when not known. */
  readonly value: string | null;
  /** How the date was established, in words a reader can check, in English and Chinese. */
  readonly evidence: { readonly en: string; readonly zh: string };
}

export interface PolicyDocument {
  readonly id: string;
  /** The seed's file name, exactly as it is in `seeds/`. */
  readonly file: string;
  readonly titles: { readonly en: string; readonly zh: string };
  readonly date: DocumentDate;
  readonly publisher: string;
  readonly source: string;
  readonly language: Language;
  readonly script: Script;
  /** The file's text exactly as it was (decoded from UTF-8, nothing removed). */
  readonly original: string;
  readonly paragraphs: readonly Paragraph[];
  readonly dropped: readonly DroppedLine[];
  /** How many times each cleaning rule acted: lines or labels removed, insertions for `pinyin`, breaks restored for `joined-paragraphs`. */
  readonly removals: Readonly<Record<string, number>>;
}

/** A catalog document whose seed file is not in the seeds folder of this build. */
export interface MissingDocument {
  readonly id: string;
  readonly seed: string;
  readonly titles: { readonly en: string; readonly zh: string };
}

export interface Corpus {
  readonly documents: readonly PolicyDocument[];
  readonly missing: readonly MissingDocument[];
}
