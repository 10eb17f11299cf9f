/**
 * The import rules of the design (DESIGN.md §2), checked on every file:
 * pure logic stays pure, DOM code stays free of browser APIs, components only
 * render, and only extension/ and entrypoints/ talk to `browser.*`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Source text without comments, which may name APIs they explain. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Top-level folder of every relative import, and every bare package import. */
function importsOf(file: string): { folders: string[]; packages: string[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  const folders: string[] = [];
  const packages: string[] = [];
  for (const spec of specs) {
    if (spec.startsWith('.')) folders.push(relative(ROOT, resolve(ROOT, file, '..', spec)).split(/[\\/]/)[0]!);
    else packages.push(spec);
  }
  return { folders, packages };
}

const RULES: Record<string, { folders: string[]; packages: RegExp }> = {
  lib: { folders: ['lib'], packages: /^valibot$/ },
  dom: { folders: ['lib', 'dom'], packages: /^$/ },
  components: { folders: ['lib', 'components'], packages: /^(preact|preact\/hooks|@floating-ui\/dom)$/ },
};

describe('architecture', () => {
  for (const [folder, rule] of Object.entries(RULES)) {
    it(`${folder}/ imports only ${rule.folders.join(', ')} and its allowed packages`, () => {
      const offences = sourceFiles(folder).flatMap((file) => {
        const { folders, packages } = importsOf(file);
        return [
          ...folders.filter((f) => !rule.folders.includes(f)).map((f) => `${file} imports ${f}/`),
          ...packages.filter((p) => !rule.packages.test(p)).map((p) => `${file} imports ${p}`),
        ];
      });
      expect(offences).toEqual([]);
    });
  }

  it('only extension/ and entrypoints/ use browser APIs', () => {
    const offences = ['lib', 'dom', 'components', 'data'].flatMap((folder) =>
      sourceFiles(folder).filter((file) => /\b(browser|chrome)\.[a-z]+\./.test(code(file))),
    );
    expect(offences).toEqual([]);
  });

  it('no source file contains network or dynamic-code APIs', () => {
    const forbidden = /\b(fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|eval\s*\(|new Function\b|innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)/;
    const offences = ['lib', 'dom', 'components', 'extension', 'entrypoints', 'data'].flatMap((folder) =>
      sourceFiles(folder).filter((file) => forbidden.test(code(file))),
    );
    expect(offences).toEqual([]);
  });
});
