import { describe, expect, it } from 'vitest';
import { checkArgument, checkQuery, parseLimit } from './cli-args';

describe('what the command line accepts', () => {
  it('takes a limit in digits only, within its range', () => {
    expect(parseLimit('0', 10_000)).toBe(0);
    expect(parseLimit('20', 10_000)).toBe(20);
    expect(parseLimit('10000', 10_000)).toBe(10_000);
    for (const raw of ['', ' 5 ', '5 ', '0x10', '1e3', '5.0', '-1', '+5', '10001', 'many', '٣']) {
      expect(parseLimit(raw, 10_000), JSON.stringify(raw)).toMatch(/^--limit must be a whole number/);
    }
  });

  it('refuses an empty query and an argument that was not UTF-8', () => {
    expect(checkQuery('energy')).toBeNull();
    expect(checkQuery('  \t ')).toMatch(/empty/);
    expect(checkQuery('energy\uFFFD')).toMatch(/not valid UTF-8/);
    expect(checkArgument('seeds', '--seeds')).toBeNull();
  });
});
