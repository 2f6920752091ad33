import type { Corpus } from '../renderer/core/corpus/types';

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
