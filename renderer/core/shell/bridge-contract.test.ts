import { describe, expect, it } from 'vitest';
import { SaveFileSchema } from './bridge-contract';

describe('SaveFileSchema', () => {
  it('takes a plain file name and refuses paths and control characters', () => {
    expect(SaveFileSchema.safeParse({ suggestedName: 'shandong-targets.csv', kind: 'csv', content: 'a' }).success).toBe(true);
    expect(SaveFileSchema.safeParse({ suggestedName: '山东目标.csv', kind: 'csv', content: 'a' }).success).toBe(true);
    for (const name of ['../x.csv', '/etc/passwd', 'C:\\x.csv', 'a\u0000.csv', 'a\nb.csv', '', 'x'.repeat(200)]) {
      expect(SaveFileSchema.safeParse({ suggestedName: name, kind: 'csv', content: 'a' }).success, JSON.stringify(name)).toBe(false);
    }
    expect(SaveFileSchema.safeParse({ suggestedName: 'a.exe', kind: 'exe', content: 'a' }).success).toBe(false);
  });
});
