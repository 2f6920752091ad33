import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark and CRLF line ends, which is what Excel needs to open Chinese
 * text correctly. A cell with a line break in it is quoted (csv-stringify stops doing so on its own once the record
 * delimiter is CRLF), and no cell is taken for a formula: the library's `escape_formulas` puts an apostrophe before
 * a cell that starts with = + - @, a tab or a carriage return, or their full-width forms ＝＋－＠ (not before a
 * negative number).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return stringify([[...header], ...rows.map((row) => row.map((value) => value ?? ''))], {
    bom: true,
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
