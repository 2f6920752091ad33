import type { Annotation } from '../../core/notes/annotation';

/** An annotation for the notes' tests: on 000's paragraph 1, with what the test changes. */
export function testNote(id: string, over: Partial<Annotation> = {}): Annotation {
  return {
    id,
    docId: 'work-report-2022',
    paragraphId: 'work-report-2022-abc',
    paragraph: 1,
    quote: { exact: 'GDP', prefix: 'increase ', suffix: ' by' },
    position: { start: 10, end: 13 },
    color: 'yellow',
    note: 'n',
    tags: ['t'],
    created: '2026-11-20T08:00:00.000Z',
    modified: '2026-11-20T08:00:00.000Z',
    ...over,
  };
}
