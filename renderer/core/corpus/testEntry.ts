import type { CatalogEntry } from './catalog';

/**
 * A catalog entry for tests: an English document, no cleaning rules, no date; a test gives what it cares about
 * (its language and script, its cleaning rules, a date its figures are read against).
 */
export function testEntry(over: Partial<CatalogEntry> = {}): CatalogEntry {
  return {
    id: 'd',
    seed: '000_',
    titles: { en: 'T', zh: 'T' },
    date: { value: null, evidence: { en: 'e', zh: 'e' } },
    publisher: 'p',
    source: 's',
    language: 'en',
    script: 'Latn',
    cleaning: [],
    ...over,
  };
}
