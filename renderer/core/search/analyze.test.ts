import { describe, expect, it } from 'vitest';
import { analyze, hanTerms, indexTerms } from './analyze';
import { foldHan, foldWord } from './fold';
import { loadGlossary } from './glossary';

const glossary = loadGlossary();
const terms = (text: string) => analyze(text, glossary).words.map((w) => w.term);

describe('English folding', () => {
  it('ignores case, diacritics and apostrophes, and stems plurals and inflections', () => {
    expect(foldWord('Clusters')).toBe(foldWord('cluster'));
    expect(foldWord('developing')).toBe(foldWord('development'));
    expect(foldWord('Ji’nan')).toBe('jinan');
    expect(foldWord("Tai'an")).toBe(foldWord('Taian'));
    expect(foldWord("Shandong's")).toBe(foldWord('Shandong'));
    expect(foldWord('Qīngdǎo')).toBe(foldWord('Qingdao'));
  });
  it('folds British spellings to American, but not words that only end in -ise', () => {
    expect(foldWord('organisation')).toBe(foldWord('organization'));
    expect(foldWord('modernised')).toBe(foldWord('modernized'));
    expect(foldWord('programme')).toBe(foldWord('program'));
    expect(foldWord('centre')).toBe(foldWord('center'));
    expect(foldWord('labour')).toBe(foldWord('labor'));
    expect(foldWord('enterprise')).not.toBe(foldWord('enterprize'));
    expect(foldWord('enterprises')).toBe(foldWord('enterprise'));
    expect(foldWord('rise')).toBe('rise');
  });
  it('folds the regular British patterns, not only listed words', () => {
    const pairs = [
      ['favourable', 'favorable'],
      ['honours', 'honors'],
      ['neighbourhood', 'neighborhood'],
      ['endeavour', 'endeavor'],
      ['analyse', 'analyze'],
      ['catalysed', 'catalyzed'],
      ['centred', 'centered'],
      ['fibres', 'fibers'],
      ['theatre', 'theater'],
      ['catalogues', 'catalogs'],
      ['dialogue', 'dialog'],
      ['fuelled', 'fueled'],
      ['signalling', 'signaling'],
      ['levelled', 'leveled'],
      ['modernisation', 'modernization'],
      ['labourers', 'laborers'],
    ];
    for (const [british, american] of pairs) expect(foldWord(british!), british).toBe(foldWord(american!));
    // Spellings no pattern covers: the documents write both aluminium (002) and aluminum (004).
    const listed = [
      ['aluminium', 'aluminum'],
      ['sulphur', 'sulfur'],
      ['tyres', 'tires'],
      ['storeys', 'stories'],
      ['judgement', 'judgment'],
      ['paediatric', 'pediatric'],
    ];
    for (const [british, american] of listed) expect(foldWord(british!), british).toBe(foldWord(american!));
    // …without making two words one.
    const apart = [
      ['four', 'for'],
      ['hour', 'hor'],
      ['flour', 'flor'],
      ['timbre', 'timber'],
      ['filled', 'filed'],
      ['rolled', 'roled'],
      ['your', 'yor'],
    ];
    for (const [a, b] of apart) expect(foldWord(a!), a).not.toBe(foldWord(b!));
  });
  it('splits hyphenated words, and keeps numbers whole', () => {
    expect(terms('high-end equipment')).toEqual(terms('high end equipment'));
    expect(terms('GDP grew 5.5% to 31,600 yuan.')).toEqual(['gdp', 'grew', '5.5%', 'to', '31600', 'yuan']);
  });
  it('ends a word at a full stop or comma between letters, keeps initials and numbers whole, and reads 10% as one', () => {
    expect(terms('Jinan,Qingdao and Yantai lead.The U.S. dollar')).toEqual([
      'jinan',
      'qingdao',
      'and',
      'yantai',
      'lead',
      'the',
      'us',
      'dollar',
    ]);
    expect(terms('10% and 10％ and 10 clusters')).toEqual(['10%', 'and', '10%', 'and', '10', 'cluster']);
  });
  it('folds every apostrophe, decomposed accents and invisible characters a copy may carry', () => {
    for (const form of ["Tai'an", 'Tai’an', 'Taiʼan', 'Tai‘an', 'Taian']) expect(terms(form), form).toEqual(['taian']);
    expect(terms('Qi\u0304ngda\u030co')).toEqual(['qingdao']);
    expect(terms('Yan\u00adtai Yan\u200btai')).toEqual(['yantai', 'yantai']);
  });
  it('does not read the plural "analyses" as the verb', () => {
    expect(foldWord('analysed')).toBe(foldWord('analyzed'));
    expect(foldWord('analyses')).not.toBe(foldWord('analyzes'));
  });
  it('keeps the -ize family apart from its root, and its inflections together', () => {
    const apart = [
      ['organization', 'organ'],
      ['modernization', 'modern'],
      ['civilization', 'civil'],
      ['standardized', 'standard'],
      ['marketization', 'market'],
      ['industrialization', 'industrial'],
    ];
    for (const [a, b] of apart) expect(foldWord(a!), a).not.toBe(foldWord(b!));
    const together = [
      ['modernisation', 'modernize'],
      ['modernized', 'modernizing'],
      ['organisations', 'organize'],
      ['industrialised', 'industrialization'],
    ];
    for (const [a, b] of together) expect(foldWord(a!), a).toBe(foldWord(b!));
    // Words that only end in -ize are left to the stemmer.
    expect([foldWord('sizes'), foldWord('prized'), foldWord('seize')]).toEqual(['size', 'prize', 'seiz']);
  });

  it('keeps apart words the first Porter stemmer ran together', () => {
    for (const [a, b] of [
      ['news', 'new'],
      ['use', 'US'],
      ['generation', 'general'],
      ['community', 'communication'],
    ])
      expect(terms(a!), a).not.toEqual(terms(b!));
  });
});

describe('Chinese folding', () => {
  it('folds Traditional to Simplified one character at a time, keeping the length', () => {
    expect(foldHan('山東省網絡')).toBe('山东省网络');
    expect(foldHan('海爾')).toBe('海尔');
    const text = '齊魯網·閃電新聞 and English';
    expect(foldHan(text)).toHaveLength(text.length);
  });
  it('indexes overlapping bigrams and single characters, whatever the script', () => {
    const t = indexTerms(analyze('網絡強省', glossary));
    expect(t).toEqual(expect.arrayContaining(['网络', '络强', '强省', '网', '省']));
    expect(indexTerms(analyze('网络强省', glossary)).sort()).toEqual(t.sort());
    expect(hanTerms('新材料')).toEqual(['新材', '材料']);
    expect(hanTerms('氢')).toEqual(['氢']);
  });
});

describe('concepts', () => {
  const concepts = (text: string) => analyze(text, glossary).concepts.map((c) => [c.concept, text.slice(...c.span)]);
  it('tags a concept in either language and either script', () => {
    expect(concepts('new materials')).toEqual([['new-materials', 'new materials']]);
    expect(concepts('新材料')).toEqual([['new-materials', '新材料']]);
    expect(concepts('一帶一路')).toEqual([['belt-and-road', '一帶一路']]);
    expect(concepts('the one belt and one road plan')).toEqual([['belt-and-road', 'one belt and one road']]);
  });
  it('tags places in every spelling', () => {
    for (const name of ['Yantai', '烟台', '煙台']) expect(concepts(name)).toEqual([['city-yantai', name]]);
    for (const name of ["Tai'an", 'Taian', '泰安']) expect(concepts(name)).toEqual([['city-taian', name]]);
    for (const name of ["Ji'nan", 'Jinan', '济南', '濟南']) expect(concepts(name)[0]).toEqual(['city-jinan', name]);
  });
  it('needs the words of a phrase next to each other', () => {
    expect(concepts('new, and materials')).toEqual([]);
    expect(concepts('new-materials')).toEqual([['new-materials', 'new-materials']]);
  });
  it('gives offsets into the original text, Traditional characters and all', () => {
    const text = '推動網(wǎng)絡強省，做大新材料';
    const c = analyze(text, glossary).concepts.find((x) => x.concept === 'new-materials')!;
    expect(text.slice(...c.span)).toBe('新材料');
  });
});
