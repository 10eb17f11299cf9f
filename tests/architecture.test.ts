/**
 * The import rules of the design (DESIGN.md §2), checked on every file:
 * pure logic stays pure, DOM code stays free of browser APIs, components only
 * render, only extension/ and entrypoints/ talk to `browser.*`, no folder
 * imports one above it, one entrypoint never reaches into another, and no
 * module imports itself through others.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every module a file imports: `import … from`, `export … from`, bare `import '…'` (stylesheets) and `import(…)`. */
function specifiersOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [
    ...[...text.matchAll(/(?:^|\n)\s*(import|export)(\s+type\b)?[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((m) => ({ spec: m[3]!, typeOnly: m[2] !== undefined })),
    ...[...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)].map((m) => ({ spec: m[1]!, typeOnly: false })),
    ...[...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({ spec: m[1]!, typeOnly: false })),
  ];
}

/** Top-level folder of every relative import, and every bare package import. */
function importsOf(file: string): { folders: string[]; packages: string[] } {
  const folders: string[] = [];
  const packages: string[] = [];
  for (const { spec } of specifiersOf(file)) {
    if (spec.startsWith('.')) folders.push(relative(ROOT, resolve(ROOT, file, '..', spec)).split(/[\\/]/)[0]!);
    else packages.push(spec);
  }
  return { folders, packages };
}

/** The source file a relative import names (`./x` may be x.ts, x.tsx or x/index.ts), or the file itself for a stylesheet or data. */
function resolveImport(file: string, spec: string): string {
  const base = relative(ROOT, resolve(ROOT, file, '..', spec.replace(/\?.*$/, '')));
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile());
  return found ?? base;
}

/** Import cycles among the given files, each as the list of files around it. */
function cycles(files: readonly string[]): string[][] {
  const edges = (f: string) =>
    /\.tsx?$/.test(f) ? specifiersOf(f).filter((i) => i.spec.startsWith('.')).map((i) => resolveImport(f, i.spec)) : [];
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const next of edges(f)) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

const SOURCE_FOLDERS = ['lib', 'dom', 'components', 'extension', 'entrypoints', 'data'];

const RULES: Record<string, { folders: string[]; packages: RegExp }> = {
  lib: { folders: ['lib'], packages: /^valibot$/ },
  dom: { folders: ['lib', 'dom'], packages: /^$/ },
  components: { folders: ['lib', 'components'], packages: /^(preact|preact\/hooks|@floating-ui\/dom)$/ },
  // components/ for the types of their labels only (checked below). virtual:backstory-labels: the card's words by language;
  // virtual:backstory-aliases: the bundled packs compiled at build time.
  extension: {
    folders: ['lib', 'extension', 'data', 'components'],
    packages: /^(wxt\/browser|@wxt-dev\/storage|valibot|#i18n|virtual:backstory-labels|virtual:backstory-aliases)$/,
  },
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

  it('extension/ takes only types from components/', () => {
    const offences = sourceFiles('extension').flatMap((file) =>
      specifiersOf(file)
        .filter(({ spec, typeOnly }) => !typeOnly && relative(ROOT, resolve(ROOT, file, '..', spec)).startsWith('components'))
        .map(({ spec }) => `${file} imports ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('an entrypoint imports nothing from another entrypoint, stylesheets included', () => {
    const offences = sourceFiles('entrypoints').flatMap((file) => {
      const own = relative(join(ROOT, 'entrypoints'), join(ROOT, file)).split(/[\\/]/);
      // entrypoints/background.ts is an entrypoint of its own; entrypoints/popup/* are one.
      const entry = own.length > 1 ? own[0] : file;
      return specifiersOf(file)
        .filter(({ spec }) => spec.startsWith('.'))
        .map(({ spec }) => relative(join(ROOT, 'entrypoints'), resolve(ROOT, file, '..', spec)).split(/[\\/]/))
        .filter((target) => !target[0]!.startsWith('..') && target.length > 1 && target[0] !== entry)
        .map((target) => `${file} imports entrypoints/${target.join('/')}`);
    });
    expect(offences).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles(SOURCE_FOLDERS.flatMap(sourceFiles))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    expect(cycles(['tests/support/cycle-a.ts'])).toEqual([['tests/support/cycle-a.ts', 'tests/support/cycle-b.ts', 'tests/support/cycle-a.ts']]);
  });

  it('only extension/ and entrypoints/ use browser APIs', () => {
    const offences = ['lib', 'dom', 'components', 'data'].flatMap((folder) =>
      sourceFiles(folder).filter((file) => /\b(browser|chrome)\.[a-z]+\./.test(code(file))),
    );
    expect(offences).toEqual([]);
  });

  it('no source file contains network or dynamic-code APIs', () => {
    const forbidden = /\b(fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|eval\s*\(|new Function\b|innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)/;
    const offences = SOURCE_FOLDERS.flatMap((folder) =>
      sourceFiles(folder).filter((file) => forbidden.test(code(file))),
    );
    expect(offences).toEqual([]);
  });
});
