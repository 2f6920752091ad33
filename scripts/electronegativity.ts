// Doyensec's Electronegativity over the shell as it ships: the shell's sources (electron/*.ts) and the built page
// (build/renderer/index.html, which carries the Content Security Policy). The tool reports a finding and exits 0
// whatever it finds, so this script reads its findings and fails on any that SECURITY.md does not explain, and on
// any explanation in SECURITY.md that no longer matches a finding (so the file cannot go stale).
//
// It runs offline: the tool asks the network for translations and for Electron's list of releases. Every socket
// it opens is refused here (and counted), and the one check that only works online is excluded, with the reason
// in SECURITY.md.
//
//   npm run audit:shell            (after npm run build; npm test runs it after the end-to-end tests)
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Finding {
  check: string;
  /** The file as the repository names it, e.g. electron/main.ts. */
  file: string;
  line: number;
  severity: string;
  confidence: string;
  description: string;
}

export interface Explanation {
  check: string;
  file: string;
  why: string;
}

export interface ScanResult {
  findings: Finding[];
  /** Files the tool could not parse: a file it cannot read is a file it did not check. */
  errors: { file: string; message: string }[];
  /** Sockets the tool tried to open, all refused. */
  networkAttempts: number;
  /** What the tool printed, kept to show when the audit fails. */
  log: string[];
}

/** Checks not run, each with its reason (also written in SECURITY.md). */
export const EXCLUDED_CHECKS: Record<string, string> = {
  AvailableSecurityFixesGlobalCheck:
    'compares the Electron version with the list of releases on GitHub; offline it falls back to a list bundled in 2021, which knows nothing of Electron 45',
};

const HEADING = '## Electronegativity';

/**
 * The explanations in SECURITY.md: the rows of the table under "## Electronegativity" whose first two cells are a
 * check's name and a file, both in backticks.
 */
export function explanationsIn(markdown: string): Explanation[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === HEADING);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const section = lines.slice(start + 1, end < 0 ? undefined : end);
  const rows: Explanation[] = [];
  for (const line of section) {
    const match = /^\|\s*`([A-Z0-9_]+)`\s*\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (match) rows.push({ check: match[1]!, file: match[2]!, why: match[3]!.trim() });
  }
  return rows;
}

/** Which findings nothing explains, and which explanations no finding needs any more. */
export function judge(
  findings: readonly Finding[],
  explanations: readonly Explanation[],
): { unexplained: Finding[]; stale: Explanation[] } {
  const key = (x: { check: string; file: string }): string => `${x.check} ${x.file}`;
  const explained = new Set(explanations.filter((e) => e.why.length > 0).map(key));
  const found = new Set(findings.map(key));
  return {
    unexplained: findings.filter((f) => !explained.has(key(f))),
    stale: explanations.filter((e) => !found.has(key(e))),
  };
}

interface ToolIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}
interface ToolResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: ToolIssue[];
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<ToolResult>;

/**
 * Scans the given files, each copied to its repository path under a scratch folder, with Electron taken to be
 * `electronVersion`. Offline: every socket is refused while the tool runs.
 */
export async function scan(
  files: readonly { from: string; as: string }[],
  electronVersion: string,
): Promise<ScanResult> {
  const stage = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const connect = net.Socket.prototype.connect;
  const consoleLog = console.log;
  const lang = process.env.LANG;
  const log: string[] = [];
  let networkAttempts = 0;
  try {
    for (const file of files) {
      mkdirSync(dirname(join(stage, file.as)), { recursive: true });
      copyFileSync(file.from, join(stage, file.as));
    }
    net.Socket.prototype.connect = function refused(this: net.Socket) {
      networkAttempts++;
      process.nextTick(() => this.destroy(new Error('the security audit runs offline')));
      return this;
    } as typeof connect;
    console.log = (...args: unknown[]) => void log.push(args.map(String).join(' '));
    // The tool takes its locale from LANG and knows en-US; anything else sends it looking online.
    process.env.LANG = 'en-US';
    const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
    const result = await run(
      {
        input: stage,
        customScan: [],
        excludeFromScan: Object.keys(EXCLUDED_CHECKS).map((c) => c.toLowerCase()),
        electronVersionOverride: electronVersion,
        isRelative: true,
        parserPlugins: [],
      },
      false,
    );
    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        file: issue.file,
        line: issue.location.line,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        description: issue.description,
      })),
      errors: result.errors
        .filter((e) => !e.tolerable)
        .map(({ file, message }) => ({ file: relative(stage, resolve(stage, file)), message })),
      networkAttempts,
      log,
    };
  } finally {
    net.Socket.prototype.connect = connect;
    console.log = consoleLog;
    if (lang === undefined) delete process.env.LANG;
    else process.env.LANG = lang;
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The shell as it ships: its sources, and the built page. */
export function shellFiles(root: string): { from: string; as: string }[] {
  const sources = readdirSync(join(root, 'electron'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => ({ from: join(root, 'electron', name), as: `electron/${name}` }));
  return [...sources, { from: join(root, 'build/renderer/index.html'), as: 'build/renderer/index.html' }];
}

async function main(): Promise<number> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const files = shellFiles(root);
  try {
    readFileSync(join(root, 'build/renderer/index.html'));
  } catch {
    console.error('audit:shell reads the built page, build/renderer/index.html: run `npm run build` first.');
    return 1;
  }
  const electronVersion = pkg.devDependencies.electron!.replace(/^[^\d]*/, '');
  const result = await scan(files, electronVersion);
  const explanations = explanationsIn(readFileSync(join(root, 'SECURITY.md'), 'utf8'));
  const { unexplained, stale } = judge(result.findings, explanations);

  const problems: string[] = [];
  for (const e of result.errors) problems.push(`could not parse ${e.file}: ${e.message}`);
  for (const f of unexplained)
    problems.push(`${f.check} at ${f.file}:${f.line} (${f.severity}, ${f.confidence}): ${f.description}`);
  for (const e of stale) problems.push(`SECURITY.md explains ${e.check} in ${e.file}, which is no longer found`);

  console.log(
    `electronegativity ${createRequire(import.meta.url)('@doyensec/electronegativity/package.json').version} ` +
      `on ${files.map((f) => f.as).join(', ')} (Electron ${electronVersion}): ` +
      `${result.findings.length} findings, ${result.findings.length - unexplained.length} explained in SECURITY.md; ` +
      `${result.networkAttempts} network request${result.networkAttempts === 1 ? '' : 's'} refused`,
  );
  for (const [check, why] of Object.entries(EXCLUDED_CHECKS)) console.log(`  not run: ${check}: ${why}`);
  if (problems.length === 0) return 0;
  for (const line of result.log) console.error(`  | ${line}`);
  console.error(`\nThe security audit of the shell failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  console.error(
    '\nFix the code, or, if the finding is not a risk here, add a row for it to the table under ' +
      '"## Electronegativity" in SECURITY.md saying why.',
  );
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
