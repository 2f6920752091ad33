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
