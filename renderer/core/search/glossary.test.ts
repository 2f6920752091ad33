import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import glossaryData from '../../../assets/glossary.json';
import { analyze } from './analyze';
import { foldHan } from './fold';
import { cityConcepts, compileGlossary, loadGlossary, type Concept } from './glossary';

const glossary = loadGlossary();

describe('the glossary', () => {
  it('has well over a hundred concepts, all 17 cities among them', () => {
    expect(glossary.concepts.length).toBeGreaterThan(100);
    expect(glossary.concepts.filter((c) => c.kind === 'city')).toHaveLength(17);
  });

  it('gives each Traditional form the Simplified form it folds to', () => {
    for (const c of glossaryData.concepts) {
      expect(c.zhHant.map(foldHan), c.id).toEqual(c.zhHans);
    }
    for (const c of cityConcepts()) expect(foldHan(c.zhHant[0]!)).toBe(c.zhHans[0]);
  });

  it('knows the several English translations of 新旧动能转换', () => {
    expect(glossary.byId.get('growth-driver-conversion')!.en.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a repeated id, and a form claimed by two concepts', () => {
    const a: Concept = { id: 'a', kind: 'policy', en: ['green growth'], zhHans: ['绿色增长'], zhHant: ['綠色增長'] };
    expect(() => compileGlossary([a, a])).toThrow(/id a is used twice/);
    expect(() => compileGlossary([a, { ...a, id: 'b', zhHans: ['别的'], zhHant: ['別的'] }])).toThrow(
      /"en:green growth" belongs to both a and b/,
    );
    expect(() => compileGlossary([a, { ...a, id: 'b', en: ['other'] }])).toThrow(
      /"zh:绿色增长" belongs to both a and b/,
    );
    // The same concept may spell a form twice (Simplified and Traditional folding to one).
    expect(() => compileGlossary([{ ...a, zhHant: ['绿色增长'] }])).not.toThrow();
  });

  it('does not count a form inside a phrase that uses it in another sense, in either language', () => {
    const g = compileGlossary([
      {
        id: 'energy',
        kind: 'general',
        en: ['energy'],
        zhHans: ['能源'],
        zhHant: ['能源'],
        notIn: ['kinetic energy', '能源不足'],
      },
    ]);
    const found = (text: string) => analyze(text, g).concepts.map((c) => `${c.concept}@${c.span[0]}`);
    expect(found('Kinetic energy, and clean energy')).toEqual(['energy@26']);
    expect(found('Kinetic-energy is not energy')).toEqual(['energy@22']);
    expect(found('能源不足，新能源')).toEqual(['energy@6']);
    // The gazetteer's "not before" of a city becomes such a phrase: 日照 in 日照充足 is sunshine, not the city.
    expect(
      loadGlossary()
        .find(foldHan('日照充足的日照市'), [])
        .map((c) => `${c.concept}@${c.span[0]}`),
    ).toEqual(['city-rizhao@5']);
  });

  it('finds every occurrence of every Chinese form, overlapping ones too, as searching the text for each form would (property, fixed seed)', () => {
    const glossary = loadGlossary();
    const forms = glossary.concepts.flatMap((c) =>
      [...c.zhHans, ...c.zhHant].map((f) => ({ id: c.id, form: foldHan(f) })),
    );
    // Text made of whole forms, pieces of them, and other characters, so that forms overlap and run into each other.
    const piece = fc.oneof(
      fc.constantFrom(...forms.map((f) => f.form)),
      fc.constantFrom(...forms.map((f) => f.form)).map((f) => f.slice(0, Math.max(1, f.length - 1))),
      fc.constantFrom('的', '，', ' ', 'energy', '充足'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const expected = new Set<string>();
        for (const { id, form } of forms)
          for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
            expected.add(`${id}@${at}-${at + form.length}`);
        const found = glossary.find(text, []).map((c) => `${c.concept}@${c.span[0]}-${c.span[1]}`);
        // Everything found is a form where it was found; nothing is missed but what a concept's exclusions leave out.
        for (const f of found) expect(expected).toContain(f);
        const missed = [...expected].filter((e) => !found.includes(e));
        for (const m of missed) expect(glossary.concepts.find((c) => m.startsWith(`${c.id}@`))?.notIn).toBeDefined();
        expect(new Set(found).size).toBe(found.length);
      }),
      { seed: 20261124, numRuns: 200 },
    );
  });
});
