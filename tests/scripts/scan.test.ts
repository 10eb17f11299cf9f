import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'backstory-scan-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function scan(...files: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', '--json', ...files], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each case starts a Node process that compiles the scanner: seconds, not milliseconds, on a busy 2-core machine.
describe('scan CLI', { timeout: 60_000 }, () => {
  let story: string;
  let noise: string;
  beforeAll(() => {
    story = file(
      'story.html',
      `<html><body>
        <p>The NGO Safeguard <em>Defenders</em> published <a href="#">110 Overseas</a>.</p>
        <p>Safeguard</p><p>Defenders</p>
        <script>var x = "Safeguard Defenders";</script>
        <textarea>Safeguard Defenders</textarea>
        <p contenteditable="true">Safeguard Defenders</p>
        <select><option>Safeguard Defenders</option></select>
        <p>保护卫士发布报告</p>
      </body></html>`,
    );
    noise = file('noise.html', '<html><body><p>CCPA notice. Laws that safeguard defenders of human rights.</p></body></html>');
  });

  it('prints one element per file with each mention and the text that matched', async () => {
    const { code, stdout } = await scan(story, noise);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: story,
        mentions: [
          { entity: 'safeguard-defenders', text: 'Safeguard Defenders' },
          { entity: 'report-110-overseas', text: '110 Overseas' },
          { entity: 'safeguard-defenders', text: '保护卫士' },
        ],
      },
      { file: noise, mentions: [] },
    ]);
  });

  it("reads <html lang> and each element's nearest lang, as the content script does", async () => {
    const spanish = file('es.html', '<html lang="es"><body><p>Las comisarías chinas de Madrid.</p></body></html>');
    const english = file('en.html', '<html lang="en"><body><p>Las comisarías chinas de Madrid.</p><blockquote lang="es"><p>Las comisarías chinas.</p></blockquote></body></html>');
    const unknown = file('none.html', '<html><body><p>Las comisarías chinas de Madrid.</p></body></html>');
    const { code, stdout } = await scan(spanish, english, unknown);
    expect(code).toBe(0);
    const stations = [{ entity: 'overseas-police-stations', text: 'comisarías chinas' }];
    expect(JSON.parse(stdout)).toEqual([
      { file: spanish, mentions: stations },
      // On an English page, only the quotation marked as Spanish.
      { file: english, mentions: stations },
      // No language anywhere and a Latin script: every alias applies.
      { file: unknown, mentions: stations },
    ]);
  });

  it('finds a short form only in a file that names its entity in full', async () => {
    const full = file('full.html', '<html lang="en"><body><p>Two overseas police service stations closed.</p><p>The stations denied it.</p></body></html>');
    const alone = file('alone.html', '<html lang="en"><body><p>The stations on the line were closed.</p></body></html>');
    const { stdout } = await scan(full, alone);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: full,
        mentions: [
          { entity: 'overseas-police-stations', text: 'overseas police service stations' },
          { entity: 'overseas-police-stations', text: 'The stations' },
        ],
      },
      { file: alone, mentions: [] },
    ]);
  });

  it('fails with a clear message on a missing file', async () => {
    const { code, stdout, stderr } = await scan(join(dir, 'missing.html'));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/cannot read .*missing\.html: ENOENT/);
  });

  it('refuses a binary file instead of scanning it', async () => {
    const { code, stderr } = await scan(file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/binary data, not HTML/);
  });

  it('refuses a directory', async () => {
    const { code, stderr } = await scan(dir);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/not a regular file/);
  });

  it('prints usage without --json or files', async () => {
    const { code, stderr } = await scan();
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage/);
  });
});
