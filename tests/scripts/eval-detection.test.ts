/**
 * `npm run eval:detection` as a maintainer runs it: text or JSON out, and an exit code that says
 * whether detection meets the bar (0), misses it (1), or could not be measured (2).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function evalDetection(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/eval-detection.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function setDir(items: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-eval-'));
  writeFileSync(join(dir, 'en.json'), JSON.stringify({ lang: 'en', items }));
  return dir;
}

const found = { id: 'en-001', paragraphs: ['Safeguard Defenders published a report.'], entities: ['safeguard-defenders'], pattern: 'full name' };
const negative = { id: 'en-002', paragraphs: ['Laws that safeguard defenders of human rights.'], entities: [], pattern: 'negative: verb phrase' };
const missed = { id: 'en-003', paragraphs: ['Nothing is named here.'], entities: ['peter-dahlin'], pattern: 'missing name' };

// Each case starts a Node process that compiles the matcher: seconds, not milliseconds, on a busy 2-core machine.
describe('eval:detection CLI', { timeout: 60_000 }, () => {
  it('passes with full recall and no false mention', async () => {
    const { code, stdout } = await evalDetection('--dir', setDir([found, negative]));
    expect(code).toBe(0);
    expect(stdout).toContain('recall 100.0% (1/1), precision 100.0%, false mentions 0');
    expect(stdout.trimEnd().endsWith('PASS')).toBe(true);
  });

  it('fails below --min-recall and lists the miss', async () => {
    const { code, stdout } = await evalDetection('--dir', setDir([found, missed]), '--min-recall', '0.6');
    expect(code).toBe(1);
    expect(stdout).toContain('en-003  peter-dahlin  [missing name]  Nothing is named here.');
    expect(stdout).toContain('FAIL: recall  50.0% is below  60.0%');
  });

  it('prints the whole report as JSON with --json', async () => {
    const { code, stdout } = await evalDetection('--json', '--min-recall=0.5', '--dir', setDir([found, missed]));
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ minRecall: 0.5, pass: true, items: 2, overall: { expected: 2, found: 1, falseMentions: 0 } });
    expect(report.misses).toEqual([{ item: 'en-003', lang: 'en', pattern: 'missing name', entity: 'peter-dahlin', text: ['Nothing is named here.'] }]);
  });

  it('exits 2 naming the problem on bad arguments or an invalid set', async () => {
    expect(await evalDetection('--min-recall', 'high')).toMatchObject({ code: 2, stderr: expect.stringContaining('--min-recall needs a number from 0 to 1') });
    const bad = await evalDetection('--dir', setDir([{ ...found, entities: ['no-such-entity'] }]));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('en-001: unknown entity id no-such-entity');
  });
});
