// What the command line accepts as a value, checked strictly: a person's typo is an error, never a silent default.

/** A limit: digits only, 0 to `max` ("", " 5 ", "0x10", "1e3", "5.0" and "-1" are refused). */
export function parseLimit(raw: string, max: number): number | string {
  if (!/^\d{1,6}$/.test(raw)) return `--limit must be a whole number from 0 to ${max} in digits, not "${raw}"`;
  const n = Number(raw);
  return n <= max ? n : `--limit must be a whole number from 0 to ${max}, not ${raw}`;
}

/** An argument the terminal could not hand over as UTF-8 arrives with U+FFFD in it: refuse it rather than search for it. */
export function checkArgument(value: string, what: string): string | null {
  return value.includes('\uFFFD') ? `${what} is not valid UTF-8 (its bytes could not be read as text)` : null;
}

/** A query: something to search for once the spaces are gone. */
export function checkQuery(query: string): string | null {
  return (
    checkArgument(query, 'the query') ?? (query.trim() === '' ? 'the query is empty: search "<words to find>"' : null)
  );
}
