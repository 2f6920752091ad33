import type { Corpus } from '../corpus/types';
import { toCsv } from '../csv';
import { formatRoute } from '../route/route';
import type { Target } from './targets';

/** The targets as CSV for spreadsheets (see toCsv); each row links back to its clause in the reader. */
export function targetsCsv(targets: readonly Target[], corpus: Corpus): string {
  const header = [
    'kind',
    'unsure',
    'metric',
    'qualifier',
    'value',
    'value_max',
    'unit',
    'direction',
    'horizon',
    'scope',
    'document',
    'file',
    'paragraph',
    'quote',
    'link',
  ];
  const rows = targets.map((t) => {
    const doc = corpus.documents.find((d) => d.id === t.docId);
    return [
      t.kind,
      t.unsure ? 'check' : '',
      t.metric,
      t.qualifier,
      t.value,
      t.valueMax,
      t.unit,
      t.direction,
      t.horizon,
      t.scope,
      doc?.titles.en ?? t.docId,
      doc?.file ?? '',
      t.paragraph,
      t.quote,
      formatRoute({ view: 'document', docId: t.docId, paragraph: t.paragraph, span: [t.start, t.end] }),
    ];
  });
  return toCsv(header, rows);
}
