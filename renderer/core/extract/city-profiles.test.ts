import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../node/seeds';
import { analyze } from '../search/analyze';
import { loadGlossary } from '../search/glossary';
import { cityProfiles, findMayor } from './city-profiles';

const corpus = loadCorpus('seeds');
const profiles = cityProfiles(corpus, loadGlossary());
const profile = (id: string) => profiles.find((p) => p.city.id === id)!;

describe('city profiles', () => {
  it('has all 17 cities, Laiwu with its note on the 2019 merger', () => {
    expect(profiles).toHaveLength(17);
    expect(profile('laiwu').city.note).toMatch(/merged into Jinan in January 2019/);
  });

  it('finds every mention in either language and spelling, with exact spans', () => {
    const quotes = (id: string) => profile(id).mentions.map((m) => `${m.docId}#${m.paragraph}:${m.quote}`);
    expect(quotes('jinan')).toEqual([
      'work-report-2022#11:jinan', // "jinan “Spark · Chain network” super node", in lower case
      "mayors-17-cities#2:Ji'nan",
      'mayors-17-cities#3:Jinan City',
      'mayors-17-cities#3:Jinan',
      'mayors-17-cities#6:Jinan',
      'press-conference-14th-fyp#9:濟南', // 濟南-青島人工智能創新應用先導區
    ]);
    expect(quotes('qingdao')).toEqual(
      expect.arrayContaining(['mayors-17-cities#9:Qingdao', 'press-conference-14th-fyp#9:青島']),
    );
    expect(quotes('taian')).toEqual([
      "mayors-17-cities#32:Tai'an",
      "mayors-17-cities#33:Tai'an",
      "mayors-17-cities#33:Tai'an",
      "mayors-17-cities#33:Tai'an",
    ]);
    for (const p of profiles) {
      for (const m of p.mentions) {
        const text = corpus.documents.find((d) => d.id === m.docId)!.paragraphs[m.paragraph]!.text;
        expect(text.slice(m.start, m.end)).toBe(m.quote);
      }
    }
  });

  it('links a city to its whole section in 002, even the paragraphs that do not name it', () => {
    expect(profile('zibo').section).toEqual(
      [17, 18, 19, 20, 21].map((paragraph) => ({ docId: 'mayors-17-cities', paragraph })),
    );
    expect(profile('zibo').paragraphs).toEqual(expect.arrayContaining([...profile('zibo').section]));
    expect(profile('jinan').paragraphs.map((r) => `${r.docId}#${r.paragraph}`)).toEqual([
      'work-report-2022#11',
      ...[2, 3, 4, 5, 6, 7, 8].map((n) => `mayors-17-cities#${n}`),
      'press-conference-14th-fyp#9',
    ]);
    expect(profile('laiwu').mayor).toEqual({ name: 'Mei Jianhua', docId: 'mayors-17-cities', paragraph: 44 });
  });
});

describe('city mentions in ordinary words', () => {
  it('does not take 日照 in 日照充足 (sunshine) or 德州 in 德州撲克 for the city, and still finds the city', () => {
    const glossary = loadGlossary();
    const cities = (text: string) =>
      analyze(text, glossary)
        .concepts.filter((c) => c.concept.startsWith('city-'))
        .map((c) => [c.concept, text.slice(...c.span)]);
    expect(cities('光伏項目選在日照充足、日照時數長的地區。')).toEqual([]);
    expect(cities('德州撲克不是德州。')).toEqual([['city-dezhou', '德州']]);
    expect(cities('日照港和日照市將建設新的碼頭。')).toEqual([
      ['city-rizhao', '日照'],
      ['city-rizhao', '日照'],
    ]);
  });
});

describe('findMayor', () => {
  it('reads the name before or after "mayor of"', () => {
    expect(findMayor("Wang Zhonglin, Mayor of Jinan City, deputy to the National People's Congress: As one of…")).toBe(
      'Wang Zhonglin',
    );
    expect(findMayor('Mayor of Zibo Wang Shujian said the city will…')).toBe('Wang Shujian');
    expect(findMayor('Jinan Mayor Sun Shuyi said the city would…')).toBe('Sun Shuyi');
    expect(findMayor("Zibo's mayor, Wang Shujian, said…")).toBe('Wang Shujian');
    // A vice or former mayor did not speak for the city as its mayor.
    expect(findMayor('Jinan Vice Mayor Li Ming said…')).toBeNull();
    expect(findMayor('Former Mayor Wang Lei said…')).toBeNull();
  });
  it('does not take a place or a common phrase for a name', () => {
    expect(findMayor('The mayor of Jinan said the city will develop…')).toBeNull();
    expect(findMayor('Mayor of Jinan City, the capital')).toBeNull();
  });
});
