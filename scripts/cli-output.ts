import type { SearchDocument } from '../renderer/core/corpus/shipped';
import type { Corpus, PolicyDocument } from '../renderer/core/corpus/types';
import type { CityProfile } from '../renderer/core/extract/city-profiles';
import type { Target } from '../renderer/core/extract/targets';
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
/** The documents a search's hits name: what search reads of each, and its file. */
export interface SearchedCorpus {
  readonly documents: ReadonlyArray<SearchDocument & Pick<PolicyDocument, 'file'>>;
}

export function searchJson(corpus: SearchedCorpus, result: SearchResult) {
  return {
    query: result.query,
    ...(result.truncated ? { truncated: true } : {}),
    total: result.total,
    suggestion: result.suggestion,
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
        ...(hit.approximate ? { approximate: true } : {}),
      };
    }),
  };
}

/** The shape `cli cities --json` prints: each city with every mention and every paragraph linked to it. */
export function citiesJson(corpus: Corpus, profiles: readonly CityProfile[]) {
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
  return profiles.map(({ city, mentions, paragraphs }) => ({
    id: city.id,
    en: city.en,
    zhHans: city.zhHans,
    zhHant: city.zhHant,
    lat: city.lat,
    lon: city.lon,
    note: city.note ?? null,
    mentions: mentions.map((m) => ({
      file: doc(m.docId).file,
      paragraph: m.paragraph,
      start: m.start,
      end: m.end,
      quote: m.quote,
    })),
    paragraphs: paragraphs.map((r) => ({
      file: doc(r.docId).file,
      paragraph: r.paragraph,
      text: doc(r.docId).paragraphs[r.paragraph]!.text,
    })),
  }));
}

/** The shape `cli targets --json` prints: start/end are offsets in the paragraph's cleaned text, quote that slice. */
export function targetsJson(corpus: Corpus, targets: readonly Target[]) {
  return targets.map((t) => ({
    id: t.id,
    kind: t.kind,
    file: corpus.documents.find((d) => d.id === t.docId)!.file,
    paragraph: t.paragraph,
    start: t.start,
    end: t.end,
    quote: t.quote,
    metric: t.metric,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    unsure: t.unsure,
    basis: t.basis,
    qualifier: t.qualifier,
    direction: t.direction,
    horizon: t.horizon,
    scope: t.scope,
  }));
}
