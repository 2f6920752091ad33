import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explanationsIn, judge, scan, shellFiles, type Finding } from './electronegativity';

// The audit of the shell (npm run audit:shell runs it over the real one): tried here on shells written for the test,
// so that a change which made it pass vacuously (nothing scanned, nothing parsed, nothing compared) fails.
const scratch = mkdtempSync(join(tmpdir(), 'electronegativity-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, text: string): { from: string; as: string } {
  const from = join(scratch, name.replaceAll('/', '_'));
  writeFileSync(from, text);
  return { from, as: name };
}

const unsafeWindow = `import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
`;

describe('the audit of the shell', () => {
  it('finds Node integration and no isolation in a window, offline, and SECURITY.md does not excuse them', async () => {
    const result = await scan([file('electron/main.ts', unsafeWindow)], '45.4.1');
    const checks = result.findings.filter((f) => f.file === 'electron/main.ts').map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
    expect(result.errors).toEqual([]);
    const { unexplained } = judge(result.findings, explanationsIn(readFileSync('SECURITY.md', 'utf8')));
    expect(unexplained.map((f) => f.check)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
  }, 60_000);

  it('reports a file it cannot parse, instead of passing it as clean', async () => {
    const result = await scan([file('electron/broken.ts', 'export const = new BrowserWindow({')], '45.4.1');
    expect(result.errors.map((e) => e.file)).toEqual(['electron/broken.ts']);
  }, 60_000);

  it('scans every source of the shell and the built page', () => {
    const names = shellFiles('.').map((f) => f.as);
    expect(names).toEqual(expect.arrayContaining(['electron/main.ts', 'electron/preload.ts']));
    expect(names).toContain('build/renderer/index.html');
    expect(names.some((n) => n.endsWith('.test.ts'))).toBe(false);
  });
});

describe('the explanations in SECURITY.md', () => {
  const finding = (check: string, file: string): Finding => ({
    check,
    file,
    line: 1,
    severity: 'MEDIUM',
    confidence: 'FIRM',
    description: '',
  });

  it('are read from the table under its heading only, and each has a reason', () => {
    const explanations = explanationsIn(readFileSync('SECURITY.md', 'utf8'));
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) expect(e.why.length).toBeGreaterThan(40);
    const elsewhere = '## Other\n| `PRELOAD_JS_CHECK` | `electron/main.ts` | a reason |\n';
    expect(explanationsIn(elsewhere)).toEqual([]);
  });

  it('excuse a finding by check and file, not line, and go stale when it is gone', () => {
    const table =
      '## Electronegativity\n\n| check | file | why |\n|---|---|---|\n' +
      '| `PRELOAD_JS_CHECK` | `electron/main.ts` | the preload exposes named functions only |\n' +
      '| `CSP_GLOBAL_CHECK` | `build/renderer/index.html` | only our own files are served |\n' +
      '| `AUXCLICK_JS_CHECK` | `electron/main.ts` | |\n\n## Next\n';
    const explanations = explanationsIn(table);
    const result = judge(
      [
        { ...finding('PRELOAD_JS_CHECK', 'electron/main.ts'), line: 300 },
        finding('PRELOAD_JS_CHECK', 'electron/other.ts'),
        finding('AUXCLICK_JS_CHECK', 'electron/main.ts'),
      ],
      explanations,
    );
    expect(result.unexplained.map((f) => `${f.check} ${f.file}`)).toEqual([
      'PRELOAD_JS_CHECK electron/other.ts',
      // A row with no reason excuses nothing.
      'AUXCLICK_JS_CHECK electron/main.ts',
    ]);
    expect(result.stale.map((e) => e.check)).toEqual(['CSP_GLOBAL_CHECK']);
  });
});
