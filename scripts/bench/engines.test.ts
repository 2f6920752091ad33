import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../renderer/core/corpus/ingest';
import type { CatalogEntry } from '../../renderer/core/corpus/catalog';
import { testEntry } from '../../renderer/core/corpus/testEntry';
import type { Corpus } from '../../renderer/core/corpus/types';
import { loadGlossary } from '../../renderer/core/search/glossary';
import { buildMiniSearch, buildScan, loadMiniSearch } from './engines';

const entry = (id: string, language: 'en' | 'zh', script: 'Latn' | 'Hans'): CatalogEntry =>
  testEntry({ id, titles: { en: id, zh: id }, language, script });

// Positions 0–3 are the English document's lines, 4–6 the Chinese one's.
const corpus: Corpus = {
  documents: [
    ingestDocument(
      entry('en', 'en', 'Latn'),
      'en.txt',
      [
        'Hydrogen and new materials',
        'Qingdao will build a hydrogen energy base.',
        'Green development needs new materials and clean water.',
        'Nothing to see here.',
      ].join('\n'),
    ),
    ingestDocument(
      entry('zh', 'zh', 'Hans'),
      'zh.txt',
      ['青岛氢能产业', '青岛发展氢能。', '新材料产业很重要。'].join('\n'),
    ),
  ],
  missing: [],
};
const glossary = loadGlossary();

// Worked out by hand from the glossary: hydrogen is 氢能, 新材料 is new materials, Qingdao is 青岛.
const EXPECTED: Record<string, number[]> = {
  hydrogen: [0, 1, 4, 5],
  Qingdao: [1, 4, 5],
  新材料: [0, 2, 6],
  '"clean water"': [2],
  green: [2],
  'water hydrogen': [],
  penguin: [],
  '((( [*`': [],
};

describe('the reference scan', () => {
  const scan = buildScan(corpus, glossary);
  it.each(Object.entries(EXPECTED))('finds %s where it is, in either language', (query, positions) => {
    expect(scan.all(query, null)).toEqual(positions);
    expect(scan.page(query).total).toBe(positions.length);
  });

  it("answers the reader's correction too", () => {
    expect(scan.all('penguin', 'hydrogen')).toEqual([0, 1, 4, 5]);
  });
});

describe('MiniSearch fed the same terms', () => {
  const minisearch = loadMiniSearch(glossary, buildMiniSearch(corpus, glossary));
  it.each(Object.entries(EXPECTED))('finds at least what the scan finds for %s', (query, positions) => {
    expect(minisearch.all(query, null)).toEqual(expect.arrayContaining(positions));
  });

  it('finds words that are not side by side, which the scan does not count', () => {
    expect(minisearch.all('"water clean"', null)).toEqual([2]);
    expect(buildScan(corpus, glossary).all('"water clean"', null)).toEqual([]);
  });
});
