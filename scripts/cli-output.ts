import type { Corpus } from '../renderer/core/corpus/types';
import type { SearchResult } from '../renderer/core/search/search';

/** The shape `cli docs --json` prints: one object per document that has a seed file. */
export function docsJson(corpus: Corpus) {
  return corpus.documents.map((doc) => ({
    id: doc.id,
    file: doc.file,
    titles: doc.titles,
    date: doc.date.value,
    dateEvidence: doc.date.evidence,
    language: doc.language,
    script: doc.script,
    paragraphs: doc.paragraphs.map((p) => ({
      index: p.index,
      id: p.id,
      kind: p.kind,
      text: p.text,
      sentences: p.sentences.map(([start, end]) => ({ start, end, text: p.text.slice(start, end) })),
    })),
  }));
}

/** The shape `cli search --json` prints: one hit per paragraph, best first, matches as spans in `text`. */
export function searchJson(corpus: Corpus, result: SearchResult) {
  return {
    query: result.query,
    ...(result.truncated ? { truncated: true } : {}),
    total: result.total,
    hits: result.hits.map((hit) => {
      const doc = corpus.documents.find((d) => d.id === hit.docId)!;
      return {
        file: doc.file,
        docId: doc.id,
        paragraph: hit.paragraph,
        text: doc.paragraphs[hit.paragraph]!.text,
        snippet: hit.snippet.text,
        matches: hit.matches,
        score: hit.score,
      };
    }),
  };
}
