import { describe, expect, it } from 'vitest';
import type { ImportField, ImportProblem } from '../notes/formats';
import { messages } from './messages';

const FIELDS: ImportField[] = [
  'identifier',
  'kind',
  'created',
  'modified',
  'body',
  'link',
  'colour',
  'quote',
  'position',
  'note',
  'tags',
  'item',
];
const problems: ImportProblem[] = [
  { kind: 'too-large', limitBytes: 20_000_000 },
  { kind: 'not-json' },
  { kind: 'not-notes' },
  ...FIELDS.flatMap((field) =>
    (['missing', 'invalid', 'too-long'] as const).map((issue) => ({ kind: 'field' as const, item: 7, field, issue })),
  ),
  { kind: 'not-this-program', item: 7, link: 'https://example.org/' },
  { kind: 'position-reversed', item: 7 },
  { kind: 'repeated', item: 7, id: 'abc-12345678' },
];

describe('why an import was refused, in plain words', () => {
  it.each(['en', 'zh'] as const)(
    'says every problem in %s, naming the note it is in, without validator jargon',
    (language) => {
      const t = messages[language];
      const said = problems.map((p) => t.importRefused(t.importProblem(p)));
      for (const [i, text] of said.entries()) {
        expect(text, JSON.stringify(problems[i])).not.toMatch(/undefined|null|✖|→|invalid_|received|expected|\[object/);
        if ('item' in problems[i]!) expect(text).toContain('7');
      }
      // Each field is named differently, so the reader knows which part of the note is wrong.
      const fieldTexts = FIELDS.map((field) => t.importProblem({ kind: 'field', item: 1, field, issue: 'missing' }));
      expect(new Set(fieldTexts).size).toBe(FIELDS.length);
    },
  );

  it('says it in the interface language', () => {
    const p: ImportProblem = { kind: 'field', item: 3, field: 'created', issue: 'missing' };
    expect(messages.en.importProblem(p)).toBe('Note 3 in the file: the date it was made is missing.');
    expect(messages.zh.importProblem(p)).toBe('文件中的第 3 条笔记：缺少创建时间。');
  });
});

describe('every message, in both languages', () => {
  /** Each message as a path and what it says, calling functions with sample arguments of their kind. */
  function said(value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> {
    if (typeof value === 'function') {
      // Numbers first, then words: the first set of sample arguments the message takes.
      const fn = value as (...args: unknown[]) => unknown;
      const tries = [
        Array(fn.length).fill(3),
        Array(fn.length).fill('x'),
        [3, ...Array(Math.max(0, fn.length - 1)).fill('x')],
      ];
      const answer = tries
        .map((args) => {
          try {
            return fn(...args);
          } catch {
            return undefined;
          }
        })
        .find((x) => typeof x === 'string');
      // importProblem takes a structured problem; its own tests above say every one of them.
      if (path !== 'importProblem') out.set(path, answer);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) said(v, path ? `${path}.${k}` : k, out);
    } else out.set(path, value);
    return out;
  }
  const en = said(messages.en, '', new Map());
  const zh = said(messages.zh, '', new Map());

  it('has the same messages in English and Chinese, none of them empty', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [language, all] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      for (const [key, value] of all)
        expect(JSON.stringify(value), `${language} ${key}`).not.toMatch(/^""$|undefined|NaN|\[object/);
    }
  });

  it('says counts as each language does: one paragraph, 31,600 notes, grouped digits in Chinese too', () => {
    expect(messages.en.paragraphs(1)).toBe('1 paragraph');
    expect(messages.en.paragraphs(2)).toBe('2 paragraphs');
    expect(messages.en.notesCount(31_600, 31_600)).toBe('31,600 notes');
    expect(messages.en.resultCount(1, 1)).toBe('1 paragraph in 1 document');
    expect(messages.en.imported(1, 1)).toBe('Imported 1 note; 1 was already here.');
    expect(messages.zh.notesCount(31_600, 31_600)).toBe('31,600 条笔记');
    expect(messages.zh.paragraphs(1)).toBe('1 段');
  });
});
