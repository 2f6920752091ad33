import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../renderer/core/node/seeds';
import { loadGlossary } from '../../renderer/core/search/glossary';
import { simplified } from './corpora';
import { benchQueries, CATEGORIES, categoryCounts } from './queries';

const seeds = loadCorpus('seeds');
const glossary = loadGlossary();
const queries = benchQueries(seeds, glossary);

describe('the query set', () => {
  it('is the same on every call', () => {
    expect(benchQueries(seeds, glossary)).toEqual(queries);
  });

  it('has every category, as many as it says, and no query twice', () => {
    expect(categoryCounts(queries)).toEqual(CATEGORIES);
    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(new Set(queries.map((q) => q.text)).size).toBe(queries.length);
  });

  it('draws each kind of query as its category says', () => {
    const of = (category: string) => queries.filter((q) => q.category === category).map((q) => q.text);
    for (const q of of('quoted-phrase')) expect(q).toMatch(/^(".+"|「.+」)$/u);
    for (const q of [...of('chinese-traditional'), ...of('chinese-simplified')])
      expect(q).toMatch(/^\p{Script=Han}{2,6}$/u);
    for (const q of of('chinese-simplified')) expect(simplified(q)).toBe(q);
    const forms = new Set(glossary.concepts.flatMap((c) => [...c.en, ...c.zhHans, ...c.zhHant]));
    for (const q of of('cross-language')) expect(forms.has(q)).toBe(true);
    for (const q of of('number')) expect(q).toMatch(/^\d/);
    const seedText = seeds.documents.flatMap((d) => d.paragraphs.map((p) => p.text.toLowerCase())).join('\n');
    for (const q of of('misspelling')) expect(seedText).not.toContain(q.split(' ')[0]);
    expect(of('no-result')).toContain('((( [*`');
  });
});
