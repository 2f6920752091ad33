import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Corpus } from '../corpus/types';
import { formatRoute } from '../shell/route';
import type { Target } from './targets';

/** Text that a spreadsheet would run as a formula starts with one of these; such cells get a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string | number {
  if (value === null) return '';
  return typeof value === 'string' && FORMULA.test(value) ? `'${value}` : value;
}

/**
 * The targets as CSV for spreadsheets: UTF-8 with a byte-order mark and CRLF line ends, which is what Excel
 * needs to open Chinese text correctly; each row links back to its paragraph in the reader.
 */
export function targetsCsv(targets: readonly Target[], corpus: Corpus): string {
  const header = ['kind', 'metric', 'qualifier', 'value', 'unit', 'direction', 'horizon', 'scope', 'document', 'file', 'paragraph', 'quote', 'link'];
  const rows = targets.map((t) => {
    const doc = corpus.documents.find((d) => d.id === t.docId);
    return [
      t.kind, t.metric, t.qualifier, t.value, t.unit, t.direction, t.horizon, t.scope, doc?.titles.en ?? t.docId, doc?.file ?? '',
      t.paragraph, t.quote, formatRoute({ view: 'document', docId: t.docId, paragraph: t.paragraph, span: [t.start, t.end] }),
    ].map(cell);
  });
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}
