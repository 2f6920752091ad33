import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../corpus/catalog';
import { testEntry } from '../corpus/testEntry';
import { ingestDocument } from '../corpus/ingest';
import { loadGlossary } from '../search/glossary';
import { chineseNumeral } from './numbers';
import { MAX_CLAUSE } from './clauses';
import { clauses, extractTargets, type Target } from './targets';

const glossary = loadGlossary();

function doc(text: string, over: Partial<CatalogEntry> = {}): Target[] {
  const entry = testEntry({ date: { value: '2022-04-28', evidence: { en: 'test', zh: '测试' } }, ...over });
  return extractTargets({ documents: [ingestDocument(entry, 'x.txt', `Title\n${text}`)], missing: [] }, glossary);
}
const zh = (text: string) => doc(text, { language: 'zh', script: 'Hant', cleaning: ['pinyin'] });
const pick = (t: Target) => ({
  kind: t.kind,
  metric: t.metric,
  value: t.value,
  unit: t.unit,
  qualifier: t.qualifier,
  direction: t.direction,
  horizon: t.horizon,
  scope: t.scope,
});

describe('English targets', () => {
  it('reads metric, value, qualifier, direction and horizon (000)', () => {
    const [t] = doc('In 2022 the province aims to increase GDP by more than 5.5%.');
    expect(pick(t!)).toEqual({
      kind: 'target',
      metric: 'GDP',
      value: 5.5,
      unit: '%',
      qualifier: 'more than',
      direction: 'increase',
      horizon: '2022',
      scope: 'shandong',
    });
    expect(t!.quote).toBe('In 2022 the province aims to increase GDP by more than 5.5%.');
  });

  it('takes figures listed under "the main targets … are" for targets, with no verb of the future (000)', () => {
    const ts = doc(
      'The main targets for the economy in 2022 are as follows: increase GDP by more than 5.5%, and create more than 1.1 million urban jobs.',
    );
    expect(ts.map((t) => [t.kind, t.metric, t.value, t.horizon])).toEqual([
      ['target', 'GDP', 5.5, '2022'],
      ['target', 'urban jobs', 1_100_000, '2022'],
    ]);
    expect(zh('2022年主要預期目標是：地區生產總值增長5.5%以上。').map((t) => [t.kind, t.value, t.horizon])).toEqual([
      ['target', 5.5, '2022'],
    ]);
    // A goal that was met is reported, not promised: the past sign is nearer the figure.
    expect(doc('The goal was met: output grew 8% in 2021.').map((t) => t.kind)).toEqual(['statistic']);
  });

  it('resolves scale words and units, and splits two targets in one sentence at ", and"', () => {
    const ts = doc('Revenue will grow by about 5%, and more than 1.1 million new urban jobs will be created.');
    expect(ts.map((t) => [t.value, t.unit, t.qualifier, t.quote])).toEqual([
      [5, '%', 'about', 'Revenue will grow by about 5%'],
      [1_100_000, 'people', 'more than', 'more than 1.1 million new urban jobs will be created.'],
    ]);
    expect(doc('Grain output will stay above 50 million tons.')[0]).toMatchObject({
      value: 5e7,
      unit: 'tons',
      qualifier: 'above',
      direction: 'maintain',
    });
  });

  it('takes a count of things as the metric, and a quantity that describes it as part of it, not a second target', () => {
    const ts = doc('The province will cultivate 10 industrial clusters worth over 100 billion yuan each.');
    expect(ts).toHaveLength(1);
    expect(pick(ts[0]!)).toMatchObject({
      metric: 'industrial clusters',
      value: 10,
      unit: 'clusters',
      direction: 'cultivate',
    });
  });

  it('dates a target by 2027 / 2035 (001) and resolves "in three years" against the document date', () => {
    expect(doc('By 2027, the share of non-fossil energy will rise to about 20%.')[0]).toMatchObject({
      horizon: '2027',
      value: 20,
      qualifier: 'about',
    });
    expect(doc('Within three years, the city will build 30 innovation platforms.')[0]).toMatchObject({
      horizon: '2025',
      unit: 'platforms',
    });
    expect(doc('During the 14th Five-Year Plan period the province will build 5 ports.')[0]!.horizon).toBe('2021-2025');
  });

  it('tells a statistic about the past from a target (004)', () => {
    const [s] = doc('In 2022 there were 31,600 large-scale manufacturing enterprises in the province.');
    expect(pick(s!)).toMatchObject({
      kind: 'statistic',
      value: 31600,
      unit: 'enterprises',
      metric: 'large-scale manufacturing enterprises',
      horizon: '2022',
    });
    expect(doc('Last year GDP grew by 8.3%.')[0]).toMatchObject({ kind: 'statistic', horizon: '2021' });
  });

  it('gives a target under a city heading to that city (002)', () => {
    const entry = { cleaning: ['city-headings' as const] };
    const [t] = doc('Zibo: highlight four articles\nThe city will attract 100 high-end talents each year.', entry);
    expect(t).toMatchObject({ scope: 'zibo', value: 100, unit: 'people', direction: 'attract' });
  });

  it('keeps a paragraph under a city heading with that city even when it names another city (002)', () => {
    const entry = { cleaning: ['city-headings' as const] };
    const [t] = doc('Weifang: the whole chain\nThe city will build 3 logistics parks with Qingdao.', entry);
    expect(t).toMatchObject({ scope: 'weifang' });
    // Outside any section, a clause naming one city is that city's; naming two, the province's.
    expect(doc('Yantai will build 3 logistics parks.')[0]).toMatchObject({ scope: 'yantai' });
    expect(doc('Yantai and Weihai will build 3 logistics parks.')[0]).toMatchObject({ scope: 'shandong' });
    // A clause cut from a sentence that names one city speaks for it, unless it speaks for the province.
    expect(zh('濟南市GDP去年突破1.1萬億元，今年力爭達到1.2萬億元。').map((t) => [t.kind, t.scope])).toEqual([
      ['statistic', 'jinan'],
      ['target', 'jinan'],
    ]);
    expect(zh('濟南市GDP去年突破1.1萬億元，今年全省力爭達到9萬億元。').map((t) => t.scope)).toEqual([
      'jinan',
      'shandong',
    ]);
  });

  it('prefers nothing to a wrong target', () => {
    expect(doc('The mayors of 17 cities talk about the conversion.')).toEqual([]); // no sign of future or past
    expect(doc('The plan was issued in 2021 and will run to 2035.')).toEqual([]); // years are not quantities
    expect(doc('The 14th Five-Year Plan will guide the work.')).toEqual([]); // an ordinal
    expect(doc('Two is to adhere to the leading industry.')).toEqual([]); // a list number
    expect(doc('It will deepen reform in 5G and AI.')).toEqual([]); // no unit or counted thing
  });
});

describe('Chinese targets', () => {
  it('reads 到2025年 … 達到10%左右 (003)', () => {
    const [t] = zh('到2025年，數字經濟核心產業增加值占GDP比重達到10%左右。');
    expect(pick(t!)).toEqual({
      kind: 'target',
      metric: '數字經濟核心產業增加值占GDP比重',
      value: 10,
      unit: '%',
      qualifier: '左右',
      direction: 'reach',
      horizon: '2025',
      scope: 'shandong',
    });
  });

  it('resolves 亿 and 万, and qualifiers before or after', () => {
    expect(zh('力爭全省規模以上工業營業收入超過10萬億元。')[0]).toMatchObject({
      value: 1e13,
      unit: 'yuan',
      qualifier: '超過',
    });
    expect(zh('今年將新增城鎮就業110萬人以上。')[0]).toMatchObject({
      value: 1.1e6,
      unit: 'people',
      qualifier: '以上',
      horizon: '2022',
      direction: 'increase',
    });
  });

  it('reads a Chinese numeral with a measure word as a count, and one in a name (六大工程, 十強產業) as none', () => {
    expect(chineseNumeral('十')).toBe(10);
    expect(chineseNumeral('十二')).toBe(12);
    expect(chineseNumeral('兩')).toBe(2);
    expect(chineseNumeral('三千五百')).toBe(3500);
    expect(chineseNumeral('兩萬')).toBe(20000);
    expect(chineseNumeral('abc')).toBeNull();
    expect(zh('要實施六大工程，培育十強產業。')).toEqual([]);
    expect(zh('今年要培育十個產業集群、兩萬家企業。').map((t) => [t.value, t.unit])).toEqual([
      [10, 'items'],
      [20000, 'enterprises'],
    ]);
  });

  it('takes 已 … 累計 for a statistic, and the cleaned text for the metric', () => {
    expect(zh('全省已累計建成5G基站16萬個。')[0]).toMatchObject({ kind: 'statistic', value: 160000, unit: 'items' });
    expect(zh('全省將培育首臺(tái)(套)技術裝備超過100項。')[0]).toMatchObject({
      metric: '首臺(套)技術裝備',
      direction: 'cultivate',
      qualifier: '超過',
    });
  });

  it('prefers nothing to a wrong target', () => {
    expect(zh('山東省“十四五”規劃新聞發布會')).toEqual([]);
    expect(zh('2021年是“十四五”開局之年。')).toEqual([]);
  });
});

describe('hard cases', () => {
  it('tells a reported figure from a promised one in the same sentence, in either language', () => {
    const ts = zh('截至2021年底，全省已建成5G基站5萬個，到2025年將達到20萬個。');
    expect(ts.map((t) => [t.kind, t.value, t.horizon, t.metric, t.quote])).toEqual([
      ['statistic', 50000, '2021', '5G基站', '截至2021年底，全省已建成5G基站5萬個'],
      ['target', 200000, '2025', '5G基站', '到2025年將達到20萬個。'],
    ]);
    expect(doc('In the first half of 2022, GDP grew 4.5% and will keep growing.')[0]).toMatchObject({
      kind: 'statistic',
      value: 4.5,
      metric: 'GDP',
    });
    expect(doc('The province, which had 120 parks, will build 30 more parks.').map((t) => [t.kind, t.value])).toEqual([
      ['statistic', 120],
      ['target', 30],
    ]);
    // A passive future is still the future.
    expect(doc('Energy use per unit of GDP will be reduced by 14.5%.')[0]).toMatchObject({
      kind: 'target',
      direction: 'reduce',
    });
  });

  it('takes "this year" in a work report for that year\'s targets, unless the figure is reported', () => {
    expect(zh('今年全省生產總值增長5.5%以上。')[0]).toMatchObject({
      kind: 'target',
      horizon: '2022',
      qualifier: '以上',
      direction: 'increase',
    });
    expect(zh('今年以來，全省已新增市場主體20萬戶。')[0]).toMatchObject({ kind: 'statistic', value: 200000 });
    expect(doc('This year GDP grew by 3%.')[0]).toMatchObject({ kind: 'statistic' });
  });

  it('reads a count inside a name as part of the name, and a rank as no quantity', () => {
    expect(zh('到2022年，十強產業集群達到30個。').map((t) => [t.value, t.metric])).toEqual([[30, '十強產業集群']]);
    expect(doc('The city aims to be among the top 10 cities in China.')).toEqual([]);
  });

  it('names the metric when the verb follows the subject, and when the subject is only the actor', () => {
    expect(zh('到2025年，全省GDP將達到10萬億元。')[0]).toMatchObject({ metric: 'GDP', value: 1e13, unit: 'yuan' });
    expect(doc('The province will invest 10 billion yuan in new infrastructure.')[0]).toMatchObject({
      metric: 'new infrastructure',
      value: 1e10,
    });
  });

  it('dates a target by when it is due, never by the year it is compared with; reads ranges', () => {
    expect(doc('Carbon emissions will be cut by 18% compared with the level in 2020.')[0]!.horizon).toBeNull();
    expect(zh('單位GDP能耗將比2020年下降14.5%。')[0]!.horizon).toBeNull();
    expect(doc('From 2021 to 2025, the province will build 50 parks.')[0]!.horizon).toBe('2021-2025');
    expect(doc('GDP will grow 6% in 2023, up from 2020 levels.')[0]!.horizon).toBe('2023');
  });

  it('keeps a commitment dated but not quantified, with what is promised as its metric', () => {
    const [t] = doc(
      'By 2035, Shandong will basically complete the conversion of old and new growth drivers, and its carbon emissions will fall steadily.',
    );
    expect(pick(t!)).toEqual({
      kind: 'target',
      metric: 'Shandong will basically complete the conversion of old and new growth drivers',
      value: null,
      unit: null,
      qualifier: null,
      direction: 'reduce',
      horizon: '2035',
      scope: 'shandong',
    });
    expect(zh('到2035年，基本實現新舊動能轉換。')[0]).toMatchObject({
      kind: 'target',
      metric: '基本實現新舊動能轉換',
      value: null,
      horizon: '2035',
    });
    // Not without a date it is due by, not about the past, and not when the clause has a figure of its own.
    expect(doc('The province will deepen reform.')).toEqual([]);
    expect(doc('By 2020, the province had completed the first stage of the reform.')).toEqual([]);
    expect(doc('By 2021, the province completed the first stage of the reform.')).toEqual([]); // behind the document's 2022
    expect(doc('By 2027, the share of clean energy will rise to about 20%.').map((x) => x.value)).toEqual([20]);
  });

  it('keeps large values exact', () => {
    expect(doc('In 2021, the GDP of Shandong reached 8.3 trillion yuan.')[0]).toMatchObject({
      kind: 'statistic',
      value: 8.3e12,
      metric: 'GDP of Shandong',
      horizon: '2021',
    });
    expect(zh('全省地區生產總值已達8.31萬億元。')[0]!.value).toBe(8.31e12);
  });
});

describe('sentences an adversarial reading found wrong (kind first: a statistic must never pass for a target)', () => {
  const kinds = (ts: Target[]) => ts.map((t) => [t.kind, t.value]);
  it('leaves out a figure given only to compare with, and its time', () => {
    expect(kinds(doc('R&D spending is expected to reach 2.5% of GDP by 2025, up from 2.34% in 2021.'))).toEqual([
      ['target', 2.5],
    ]);
    expect(kinds(doc('By 2025, per capita GDP will exceed 100,000 yuan, compared with 81,700 yuan in 2021.'))).toEqual([
      ['target', 100000],
    ]);
    expect(
      doc('The province plans to increase R&D intensity to 2.6% from 2.34% last year.').map((t) => [
        t.kind,
        t.value,
        t.metric,
      ]),
    ).toEqual([['target', 2.6, 'R&D intensity']]);
    expect(zh('今年將比上年增長5%。')[0]).toMatchObject({ kind: 'target', value: 5 });
  });
  it('takes the sign nearest the figure, on its own side of a comma', () => {
    expect(
      kinds(
        doc('More than 10,000 enterprises were helped by the policy and 5 billion yuan will be allocated next year.'),
      ),
    ).toEqual([
      ['statistic', 10000],
      ['target', 5e9],
    ]);
    expect(
      zh('到2025年，十強產業增加值將比2020年增長50%，全省已累計培育單項冠軍企業145家。').map((t) => [
        t.kind,
        t.value,
        t.horizon,
      ]),
    ).toEqual([
      ['target', 50, '2025'],
      ['statistic', 145, '2022'],
    ]);
    expect(
      zh('2020年，全省GDP達到7.3萬億元，預計2022年將達到8.7萬億元。').map((t) => [t.kind, t.horizon, t.metric]),
    ).toEqual([
      ['statistic', '2020', 'GDP'],
      ['target', '2022', 'GDP'],
    ]);
    expect(
      doc('The urbanization rate was 64% in 2021 and is expected to reach 67% by 2025.').map((t) => [
        t.kind,
        t.horizon,
      ]),
    ).toEqual([
      ['statistic', '2021'],
      ['target', '2025'],
    ]);
  });
  it('reads periods already over, year-on-year changes and 了 as reports; 将累计 as a promise', () => {
    expect(doc("In the first quarter of this year, the province's GDP hit 1.9 trillion yuan.")[0]).toMatchObject({
      kind: 'statistic',
      metric: "province's GDP",
    });
    expect(zh('今年一季度，全省地區生產總值同比增長5.2%。')[0]).toMatchObject({
      kind: 'statistic',
      metric: '地區生產總值',
    });
    expect(kinds(doc('Since the beginning of this year, the province has signed 2,000 projects.'))).toEqual([
      ['statistic', 2000],
    ]);
    expect(zh('十四五期間，全省將累計新增城鎮就業550萬人。')[0]).toMatchObject({
      kind: 'target',
      horizon: '2021-2025',
    });
    expect(zh('全省年內將建成5G基站4萬個，累計達到20萬個。').map((t) => t.kind)).toEqual(['target', 'target']);
    expect(zh('全省高新技術產業產值占比提高了5.3個百分點。')[0]).toMatchObject({
      kind: 'statistic',
      unit: 'percentage points',
      metric: '高新技術產業產值占比',
    });
    expect(zh('2021年，全省地區生產總值達到83095.9億元。')[0]).toMatchObject({
      kind: 'statistic',
      horizon: '2021',
      value: 8309590000000,
    });
    expect(zh('全省已實施六大工程。')).toEqual([]);
  });
  it('takes no rank and no threshold for a quantity', () => {
    expect(zh('我省已有兩個城市進入全國GDP十強。').map((t) => t.value)).toEqual([2]);
    expect(zh('全市已有3家企業入選中國企業500強。').map((t) => t.value)).toEqual([3]);
    expect(
      doc('In 2021, there were 2 cities with GDP above 1 trillion yuan.').map((t) => [t.kind, t.value, t.unit]),
    ).toEqual([['statistic', 2, 'cities']]);
  });
  it("reads horizons from the figure's own part, and never a quantity as a year", () => {
    expect(zh('近三年全省累計減稅降費超過2000億元。')[0]).toMatchObject({ kind: 'statistic', horizon: '2019-2021' });
    expect(zh('煙臺市長表示，未來三年將投資300億元建設新能源項目。')[0]).toMatchObject({
      horizon: '2025',
      scope: 'yantai',
    });
    expect(doc('The city will attract 2000 enterprises.')[0]!.horizon).toBeNull();
  });
  it('reads units it used to miss: percentage points, 美元', () => {
    expect(doc('The share will increase by 5 percentage points.')[0]).toMatchObject({
      value: 5,
      unit: 'percentage points',
    });
    expect(zh('去年全省實際使用外資215億美元。')[0]).toMatchObject({
      kind: 'statistic',
      value: 2.15e10,
      unit: 'US dollars',
    });
  });
  it('names the metric without the words around the number', () => {
    expect(zh('“十四五”期間，全省將培育10個左右千億級產業集群。')[0]).toMatchObject({
      metric: '千億級產業集群',
      qualifier: '左右',
    });
    expect(zh('截至去年底，全省高新技術企業達到2.03萬家，比上年增長38.2%。').map((t) => t.metric)).toEqual([
      '高新技術企業',
      '高新技術企業',
    ]);
    expect(zh('到2025年，全省規模以上工業增加值年均增長6%左右。')[0]!.metric).toBe('規模以上工業增加值');
    expect(doc('Shandong will strive to make its marine GDP exceed 1.8 trillion yuan by 2025.')[0]!.metric).toBe(
      'marine GDP',
    );
    expect(doc('Foreign trade hit a record 2.93 trillion yuan in 2021.')[0]).toMatchObject({
      kind: 'statistic',
      metric: 'Foreign trade',
    });
  });
});

describe("what a review of the day's changes found", () => {
  it('reads 同比 and "year on year" as comparisons, not as reports', () => {
    expect(zh('全省將實現進出口總額同比增長10%。')[0]).toMatchObject({ kind: 'target', value: 10 });
    expect(doc('The province will see foreign trade grow 5% year on year.')[0]).toMatchObject({
      kind: 'target',
      value: 5,
    });
  });
  it('reads "so far this year" as the past, though it holds "this year"', () => {
    expect(doc('Exports so far this year stood at 5 billion yuan.')[0]).toMatchObject({
      kind: 'statistic',
      value: 5e9,
    });
  });
  it('keeps "lower than" and "no lower than" as qualifiers, not comparisons', () => {
    expect(doc('The unemployment rate will be lower than 5.5%.')[0]).toMatchObject({
      kind: 'target',
      value: 5.5,
      qualifier: 'lower than',
    });
    expect(doc('Forest coverage will be no lower than 20% by 2025.')[0]).toMatchObject({
      value: 20,
      qualifier: 'no lower than',
      horizon: '2025',
    });
  });
  it('reads a Chinese range of years, and a two-word unit before what it is of', () => {
    expect(zh('2021年至2025年，全省將新建5G基站10萬個。')[0]!.horizon).toBe('2021-2025');
    expect(doc('Shandong will attract 10 billion US dollars in foreign investment.')[0]).toMatchObject({
      unit: 'US dollars',
      metric: 'foreign investment',
    });
  });
});

describe('translations the five documents taught (issue 10), on sentences written for the test', () => {
  it('reads a clause that opens with a time ahead as a promise, whatever the tense of the verb after the figure', () => {
    expect(
      doc('Within five years, 20 billion yuan has been allotted to the new materials fund every year.').map((t) => [
        t.kind,
        t.value,
        t.horizon,
      ]),
    ).toEqual([['target', 2e10, '2027']]);
    // A sign before the figure in its own part still speaks first.
    expect(doc('Within five years, the city has built 40 parks.').map((t) => t.kind)).toEqual(['statistic']);
  });

  it('takes an infinitive after the figure for a purpose, and a status ("are regarded as") for what is', () => {
    expect(
      doc('Some 9 industrial parks are regarded as the main platform to attract investment.').map((t) => [
        t.kind,
        t.value,
      ]),
    ).toEqual([['statistic', 9]]);
    expect(doc('Eight pilot zones are listed as national models.').map((t) => [t.kind, t.value])).toEqual([
      ['statistic', 8],
    ]);
    expect(doc('Eight pilot zones will be listed as national models.').map((t) => [t.kind, t.value])).toEqual([
      ['target', 8],
    ]);
  });

  it('counts "of which N" as a part of what was just counted', () => {
    const ts = doc('In 2021, 640 projects were signed, of which 85 started construction.');
    expect(ts.map((t) => [t.kind, t.value, t.unit])).toEqual([
      ['statistic', 640, 'projects'],
      ['statistic', 85, 'items'],
    ]);
    expect(doc('Of which 3 were new.')).toEqual([]);
  });

  it('reads 方 translated as "square" for cubic meters, and keeps square meters', () => {
    expect(doc("In 2021, the port's tank capacity reached 1.2 million square.").map((t) => [t.value, t.unit])).toEqual([
      [1_200_000, 'cubic meters'],
    ]);
    expect(doc('In 2021, the city built 3 million square meters of housing.').map((t) => [t.value, t.unit])).toEqual([
      [3_000_000, 'square meters'],
    ]);
    expect(zh('2021年新增儲罐容量120萬方。').map((t) => [t.value, t.unit])).toEqual([[1_200_000, 'cubic meters']]);
    expect(zh('2021年完成三方面改革。').map((t) => t.unit)).not.toContain('cubic meters');
  });

  it('counts the last deed of a list, and leaves a short sentence naming a group out', () => {
    expect(
      doc('We will set up a task force, open a service hall, and draft five county action plans.').map((t) => [
        t.kind,
        t.value,
      ]),
    ).toEqual([['target', 5]]);
    expect(doc('Build four platforms.')).toEqual([]);
    expect(doc('Three priorities are set out for this year: opening up, innovation and talent.')).toEqual([]);
  });
});

describe('quantities the dev documents taught (issue 10), on sentences written for the test', () => {
  const hans = (text: string) => doc(text, { language: 'zh', script: 'Hans' });

  it('reads 成 as tenths, shares in words, and doubling, as percentages and times', () => {
    expect(
      hans('2021年，民营经济占比超过六成，农村人口减少近两成。').map((t) => [t.value, t.unit, t.qualifier]),
    ).toEqual([
      [60, '%', '超过'],
      [20, '%', '近'],
    ]);
    expect(hans('2021年建成3个园区。')[0]).toMatchObject({ value: 3 }); // 建成 is no tenth
    expect(doc('In 2021, exports made up nearly one-third of the total.').map((t) => [t.value, t.qualifier])).toEqual([
      [Number(((1 / 3) * 100).toPrecision(12)), 'nearly'],
    ]);
    expect(doc('By 2025, the number of unicorn firms will double.').map((t) => [t.kind, t.value, t.unit])).toEqual([
      ['target', 2, 'times'],
    ]);
    expect(hans('到2025年，独角兽企业数量翻一番。').map((t) => [t.kind, t.value, t.unit])).toEqual([
      ['target', 2, 'times'],
    ]);
  });

  it('takes a change in percent and the level it brought for two figures, not a range', () => {
    expect(
      doc('In 2021, rail freight rose 6.2 percent to 41 million tons.').map((t) => [t.value, t.valueMax, t.unit]),
    ).toEqual([
      [6.2, null, '%'],
      [41_000_000, null, 'tons'],
    ]);
    expect(doc('Output will grow 5%-6% in 2022.').map((t) => [t.value, t.valueMax])).toEqual([[5, 6]]);
  });

  it('counts with tokens such as 5G in the noun, "the total to N", and 列 trains', () => {
    expect(doc('This year we will open 900 new 5G base stations.')[0]).toMatchObject({ value: 900, unit: 'stations' });
    expect(doc('In 2021, we added 40 parks, bringing the total to 230.').map((t) => t.value)).toEqual([40, 230]);
    expect(hans('今年力争开行中欧班列800列。')[0]).toMatchObject({ value: 800, unit: 'items' });
  });

  it('leaves out a count of members just named, the set a part is counted in, and a threshold before its noun', () => {
    expect(hans('2021年，钢铁、化工、建材等6个行业增加值增长3.1%。').map((t) => t.value)).toEqual([3.1]);
    expect(hans('2021年，东区、西区两个园区投入运营。')).toEqual([]);
    // A list of things each with its own count is no list of names.
    expect(hans('2021年新建学校12所、幼儿园三十所。').map((t) => t.value)).toEqual([12, 30]);
    expect(hans('2021年新建中小学、幼儿园48所。').map((t) => t.value)).toEqual([48]);
    expect(hans('2021年，在52个细分行业中，有40个实现增长。').map((t) => t.value)).toEqual([40]);
    expect(hans('2021年，营业收入超50亿元企业达到21家。').map((t) => t.value)).toEqual([21]);
  });
});

describe('time and kind the dev documents taught (issue 10), on documents written for the test', () => {
  const entry = (titles: { en: string; zh: string }, date: string) => ({
    language: 'zh' as const,
    script: 'Hans' as const,
    titles,
    date: { value: date, evidence: { en: 't', zh: 't' } },
  });

  it("dates a bulletin's figures by the year its title is about, not the year it came out", () => {
    const ts = doc(
      '全年粮食总产量5655.3万吨，比上年增长2.0%。',
      entry({ en: 'Statistical bulletin 2021', zh: '2021年某省统计公报' }, '2022-03-01'),
    );
    expect(ts.map((t) => [t.kind, t.horizon])).toEqual([
      ['statistic', '2021'],
      ['statistic', '2021'],
    ]);
  });

  it("gives a plan's targets with no time of their own the plan's period, and list items in paragraphs of their own their introduction's", () => {
    const ts = doc(
      [
        '到2026年，全省物流业降本增效取得明显成效。主要目标如下：',
        '——培育国家级物流枢纽8个。',
        '二、重点任务',
        '（一）每年新增冷链仓储能力50万吨。',
      ].join('\n'),
      entry({ en: 'Logistics action plan (2024-2026)', zh: '物流业提质行动方案（2024—2026年）' }, '2024-05-01'),
    );
    expect(ts.filter((t) => t.value !== null).map((t) => [t.kind, t.value, t.horizon, t.basis])).toEqual([
      ['target', 8, '2026', 'list'],
      ['target', 500_000, '2024-2026', 'section'],
    ]);
    // The introduction's own dated commitment, with no figure, is a record of its own.
    expect(ts.filter((t) => t.value === null).map((t) => t.horizon)).toEqual(['2026']);
  });

  it('takes the time from earlier in the sentence when the clause has none', () => {
    expect(
      doc(
        'By 2026, exports will reach 90 billion yuan, and the share of services will rise by 2 percentage points.',
      ).map((t) => t.horizon),
    ).toEqual(['2026', '2026']);
  });

  it('reads a plan named as a time, not a plan named as a plan', () => {
    const report = (text: string) =>
      doc(text, entry({ en: 'Work report 2024', zh: '2024年某市政府工作报告' }, '2024-01-10'));
    expect(report('到“十四五”末，全市研发投入强度达到3%。')[0]).toMatchObject({ kind: 'target', horizon: '2025' });
    expect(report('明年要着眼“十五五”谋篇布局，力争地区生产总值达到1.5万亿元。')[0]).toMatchObject({ horizon: '2025' });
  });

  it('lets a time ahead at the start outweigh 累计 ("in all"), and reads 以来 and 连续N年 as the past', () => {
    const hans = (text: string) =>
      doc(text, { language: 'zh', script: 'Hans', date: { value: '2024-10-20', evidence: { en: 't', zh: 't' } } });
    expect(hans('到2026年，全省累计建成充电桩30万个。')[0]).toMatchObject({ kind: 'target', horizon: '2026' });
    expect(hans('去年全省累计建成充电桩12万个。')[0]).toMatchObject({ kind: 'statistic' });
    expect(hans('“十四五”以来，全省淘汰落后产能900万吨。')[0]).toMatchObject({ kind: 'statistic' });
    expect(hans('全省粮食产量连续9年稳定在5000万吨以上。')[0]).toMatchObject({ kind: 'statistic' });
  });

  it("reads a forecast in a section reviewing the year just ended as that year's preliminary figure", () => {
    const ts = doc(
      ['一、2023年工作回顾', '预计全年地区生产总值增长5.8%。', '二、2024年工作安排', '预计全年新增就业8万人。'].join(
        '\n',
      ),
      entry({ en: 'Work report 2024', zh: '2024年某市政府工作报告' }, '2024-01-10'),
    );
    expect(ts.map((t) => [t.kind, t.horizon])).toEqual([
      ['statistic', '2023'],
      ['target', '2024'],
    ]);
  });

  it('keeps a dated commitment beside a figure, when what it promises has no figure of its own', () => {
    const ts = doc('This year we will cut coal use by 2 million tons and make the port a green hub by 2027.', {
      date: { value: '2024-01-10', evidence: { en: 't', zh: 't' } },
    });
    expect(ts.map((t) => [t.value, t.horizon, t.metric])).toEqual([
      [null, '2027', 'make the port a green hub'],
      [2_000_000, '2024', expect.any(String)],
    ]);
  });
});

describe('the second dev batch (issue 10), on sentences written for the test', () => {
  const hans = (text: string, date = '2024-07-20') =>
    doc(text, { language: 'zh', script: 'Hans', date: { value: date, evidence: { en: 't', zh: 't' } } });

  it('reads 计划 as a noun in 计划总投资 and 年度计划, and as a verb before one', () => {
    expect(hans('上半年签约项目80个，计划总投资300亿元。').map((t) => t.kind)).toEqual(['statistic', 'statistic']);
    expect(hans('全市计划明年建成充电桩5000个。')[0]).toMatchObject({ kind: 'target' });
  });

  it('reads 首次突破, 先后 and N年前 as the past, and 可新增 as what will be', () => {
    expect(hans('全市外贸进出口额首次突破2000亿元。')[0]).toMatchObject({ kind: 'statistic' });
    expect(hans('全市先后关停落后产能80万吨。')[0]).toMatchObject({ kind: 'statistic' });
    expect(hans('项目投产后可新增产值50亿元。')[0]).toMatchObject({ kind: 'target' });
    expect(hans('高端产品比重三年前只有一成左右。')[0]).toMatchObject({ kind: 'statistic', value: 10 });
  });

  it('reads the third and fourth quarters as ahead, the first as over', () => {
    expect(hans('四季度再谋划重大项目60个。')[0]).toMatchObject({ kind: 'target' });
    expect(hans('一季度全市完成投资120亿元。')[0]).toMatchObject({ kind: 'statistic' });
  });

  it('tells 将 that promises from 将 that only marks the object', () => {
    expect(hans('2023年，全市将低效用地纳入整治清单，盘活土地3000亩。')[0]).toMatchObject({ kind: 'statistic' });
    expect(hans('全市将新增绿地3000亩。')[0]).toMatchObject({ kind: 'target' });
    expect(hans('我们也要看到，服务业占比不足五成。').map((t) => [t.value, t.qualifier])).toEqual([]);
  });

  it('takes 规划期内 as a time ahead, whatever 累计 says', () => {
    expect(hans('规划期内累计建成海洋牧场8处。')[0]).toMatchObject({ kind: 'target' });
  });

  it('reads a section on the base a plan starts from (发展基础) as reported', () => {
    const ts = hans(
      ['一、发展基础', '全市港口货物吞吐量5200万吨，比重不足三成。', '二、发展目标', '货物吞吐量达到7000万吨。'].join(
        '\n',
      ),
    );
    expect(ts.map((t) => [t.kind, t.value, t.qualifier])).toEqual([
      ['statistic', 52_000_000, null],
      ['statistic', 30, '不足'],
      ['target', 70_000_000, null],
    ]);
  });

  it('leaves out classes, thresholds and sets a part is counted in', () => {
    expect(hans('2023年建成30万吨级码头2个。').map((t) => t.value)).toEqual([2]);
    expect(hans('2023年，全市实施投资500万元以上工业技改项目900个。').map((t) => t.value)).toEqual([900]);
    expect(
      hans('今年起，对营业收入首次突破10亿元、50亿元的企业，分别给予奖励100万元、300万元。').map((t) => t.value),
    ).toEqual([1_000_000, 3_000_000]);
    expect(hans('2023年，全市30个行业中有24个实现增长。').map((t) => t.value)).toEqual([24]);
    expect(hans('工业投资连续三年保持两位数增长。')).toEqual([]);
    // A count of things is kept before its noun; an amount before a verb is no threshold.
    expect(hans('今年推动1万家以上规模以上企业实施改造。')[0]).toMatchObject({ value: 10_000 });
    expect(hans('未来三年将投资300亿元建设新能源项目。')[0]).toMatchObject({ value: 3e10 });
  });

  it('reads hours, times and a doubling said with 了', () => {
    expect(hans('今年起新建项目按照时长2小时配建储能。')[0]).toMatchObject({ value: 2, unit: 'hours' });
    expect(hans('上半年组织集中开工活动3次。')[0]).toMatchObject({ value: 3, unit: 'items' });
    expect(hans('五年来，高新技术企业数量翻了一番。')[0]).toMatchObject({ kind: 'statistic', value: 2, unit: 'times' });
  });

  it("reads a figure whose paragraph has no sign as the paragraphs before it do, back to the section's heading", () => {
    const ts = hans(
      ['“十四五”以来，全省工业增加值年均增长7%。', '产业集群量质齐升。千亿级产业集群达到11个。'].join('\n'),
    );
    expect(ts.map((t) => [t.kind, t.value, t.basis])).toEqual([
      ['statistic', 7, 'sign'],
      ['statistic', 11, 'paragraph'],
    ]);
  });
});

describe("the document's title", () => {
  it('is read last, after the paragraphs before, and 摘要 in it promises nothing', () => {
    const report = doc(
      [
        '过去一年，全市经济稳中向好。2024年，全市地区生产总值增长5.7%。',
        '产业结构持续优化。“四新”经济增加值占比达到35.2%。',
      ].join('\n'),
      {
        language: 'zh',
        script: 'Hans',
        titles: { en: 'Work report 2025 (summary)', zh: '2025年某市政府工作报告（摘要）' },
        date: { value: '2025-01-15', evidence: { en: 't', zh: 't' } },
      },
    );
    expect(report.map((t) => [t.kind, t.value])).toEqual([
      ['statistic', 5.7],
      ['statistic', 35.2],
    ]);
  });
});

describe("a section's heading", () => {
  const report = (text: string) =>
    doc(text, {
      language: 'zh',
      script: 'Hans',
      date: { value: '2023-01-15', evidence: { en: 't', zh: 't' } },
      titles: { en: 'Linyi work report 2023', zh: '2023年临沂市政府工作报告' },
    });

  it('reads figures with no sign of their own as the section says: a review of last year, or the work of this one', () => {
    const ts = report(
      [
        '一、2022年工作回顾',
        '新开工亿元以上项目1200个，完成投资3500亿元。',
        '二、2023年工作安排',
        '新开工亿元以上项目1300个，实际使用外资增长5%以上。',
      ].join('\n'),
    );
    expect(ts.map((t) => [t.kind, t.value, t.horizon, t.basis, t.unsure])).toEqual([
      ['statistic', 1200, '2022', 'section', true],
      ['statistic', 3.5e11, '2022', 'section', true],
      ['target', 1300, '2023', 'section', true],
      ['target', 5, '2023', 'section', true],
    ]);
    expect(
      doc(
        'Review of the work in 2021\nThe number of new projects 58 industrial parks.\nMain tasks for 2022\nThe province 20 new industrial parks.',
      ).map((t) => [t.kind, t.value]),
    ).toEqual([
      ['statistic', 58],
      ['target', 20],
    ]);
  });

  it('lets a sign in the clause, and a sub-heading that says nothing, leave the section out of it', () => {
    const ts = report(['一、2022年工作回顾', '（一）扩大有效投资', '今年力争新开工项目1300个。'].join('\n'));
    expect(ts.map((t) => [t.kind, t.basis])).toEqual([['target', 'sign']]);
    expect(
      report(['二、2023年工作安排', '（一）扩大有效投资', '新开工项目1300个。'].join('\n')).map((t) => [
        t.kind,
        t.basis,
      ]),
    ).toEqual([['target', 'section']]);
  });
});

describe('clauses', () => {
  it('cuts at semicolons, and at ", and" only between two numbers', () => {
    const text = 'A will grow 5%; B will build 3 parks, and C will add 2 ports. D and E, and F.';
    const spans = clauses(text, [
      [0, 61],
      [62, 77],
    ]);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual([
      'A will grow 5%',
      'B will build 3 parks',
      'C will add 2 ports.',
      'D and E, and F.',
    ]);
  });
  it('gives every record a quote that is exactly its span', () => {
    for (const t of [...doc('GDP will grow 6%; jobs will rise by 2 million.'), ...zh('到2025年，收入達到100億元。')]) {
      expect(t.quote.length).toBe(t.end - t.start);
    }
  });
});

describe('bounded work on text people bring (issue 12)', () => {
  const timed = (run: () => unknown): number => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };

  it('reads a sentence of 35,000 characters in both languages in well under a second, and in pieces', () => {
    const en = 'the province will build 5 parks, '.repeat(1100).slice(0, 35_000);
    const zhText = '全省将建设5个园区，'.repeat(3500);
    expect(timed(() => doc(en))).toBeLessThan(2000);
    expect(timed(() => zh(zhText))).toBeLessThan(2000);
    const records = zh(zhText);
    expect(records.length).toBe(3500);
    expect(Math.max(...records.map((t) => t.end - t.start))).toBeLessThanOrEqual(MAX_CLAUSE);
    // A sentence with no comma or space at all is cut at the limit.
    expect(clauses('x'.repeat(2000), [[0, 2000]])).toEqual([
      [0, 600],
      [600, 1200],
      [1200, 1800],
      [1800, 2000],
    ]);
  });
});
