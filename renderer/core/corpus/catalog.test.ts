import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSeedFile, parseCatalog } from './catalog';

describe('the seeds catalog', () => {
  const catalog = parseCatalog(JSON.parse(readFileSync('seeds/catalog.json', 'utf8')));

  it('lists the five documents, 000 to 004, with titles in both languages', () => {
    expect(catalog.documents.map((d) => d.seed)).toEqual(['000_', '001_', '002_', '003_', '004_']);
    for (const d of catalog.documents) expect(d.titles.zh).toMatch(/\p{Script=Han}/u);
  });

  it('names the cleaning each document needs', () => {
    const rules = Object.fromEntries(catalog.documents.map((d) => [d.seed, d.cleaning]));
    expect(rules['000_']).toContain('byline');
    expect(rules['001_']).toContain('navigation');
    expect(rules['002_']).toEqual(expect.arrayContaining(['repeated-title', 'city-headings']));
    expect(rules['003_']).toEqual(expect.arrayContaining(['pinyin', 'short-headings']));
  });

  it('refuses a catalog with a bad entry or a repeated id, saying what is wrong', () => {
    expect(() => parseCatalog({ documents: [{ id: 'x' }] })).toThrow(/catalog.json is not valid/);
    const doc = catalog.documents[0]!;
    expect(() => parseCatalog({ documents: [doc, doc] })).toThrow(/"work-report-2022" twice/);
  });

  it('finds a seed by its prefix and refuses two candidates', () => {
    const doc = catalog.documents[0]!;
    expect(findSeedFile(doc, ['000_report.txt', '001_x.txt'])).toBe('000_report.txt');
    expect(findSeedFile(doc, ['001_x.txt'])).toBeNull();
    expect(() => findSeedFile(doc, ['000_a.txt', '000_b.txt'])).toThrow(/2 files/);
  });
});
