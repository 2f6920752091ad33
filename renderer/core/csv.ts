import { stringify } from 'csv-stringify/browser/esm/sync';

/** Text a spreadsheet would run as a formula starts with one of these; such cells get a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark and CRLF line ends, which is what Excel needs to open
 * Chinese text correctly, and no cell that a spreadsheet would take for a formula.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const cell = (value: string | number | null): string | number =>
    value === null ? '' : typeof value === 'string' && FORMULA.test(value) ? `'${value}` : value;
  return stringify([[...header], ...rows.map((row) => row.map(cell))], { bom: true, record_delimiter: 'windows' });
}
