/**
 * The built extension, as a store reviewer reads it: no network or
 * dynamic-code APIs in any bundle, no remote resources, the least
 * permissions, and the content script within its size budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ALIAS_DATA_MARK } from '../../scripts/lib/alias-module';
import { EXTENSION_DIR } from '../../scripts/lib/launch';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Where the alias data's string literal is in a bundle: from its opening quote to just past its closing one. */
function aliasDataLiteral(code: string): { start: number; end: number } {
  const mark = code.indexOf(ALIAS_DATA_MARK);
  expect(mark, 'the alias data is in the bundle').toBeGreaterThan(0);
  const start = code.lastIndexOf('[', mark) - 1;
  const quote = code[start]!;
  expect(['`', "'", '"']).toContain(quote);
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return { start, end: i + 1 };
}

const built = files(EXTENSION_DIR);
const scripts = built.filter((f) => f.endsWith('.js'));
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('the built Chrome extension', () => {
  it('has bundles to check', () => {
    expect(scripts.map((f) => f.slice(EXTENSION_DIR.length))).toEqual(
      expect.arrayContaining(['/background.js', '/content-scripts/content.js']),
    );
  });

  it.each(['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'eval(', 'new Function('])(
    'contains no %s in any bundle',
    (api) => {
      expect(scripts.filter((f) => readFileSync(f, 'utf8').includes(api)).map((f) => f.slice(EXTENSION_DIR.length))).toEqual([]);
    },
  );

  it('loads nothing remote from its pages or styles', () => {
    const remote = built
      .filter((f) => /\.(html|css)$/.test(f))
      .filter((f) => /(src|href)\s*=\s*["']?https?:|url\(\s*["']?https?:|@import\s+["']?https?:/i.test(readFileSync(f, 'utf8')));
    expect(remote).toEqual([]);
  });

  it('asks only for the permissions it needs, with the default CSP', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(expect.arrayContaining(['storage']));
    const allowed = new Set(['storage', 'activeTab', 'scripting']);
    expect((manifest.permissions as string[]).filter((p) => !allowed.has(p))).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  // DESIGN.md §5: code within 40 KB gzipped, alias data reported apart. The data is one string
  // literal that starts with ALIAS_DATA_MARK (scripts/lib/alias-module.ts): measured alone, and the
  // code measured with that literal emptied.
  it('keeps the content script code within 40 KB gzipped, with alias data reported apart', () => {
    const bundle = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const { start, end } = aliasDataLiteral(bundle);
    const code = gzipSync(bundle.slice(0, start) + bundle[start]!.repeat(2) + bundle.slice(end)).length;
    const data = gzipSync(bundle.slice(start, end)).length;
    const total = gzipSync(bundle).length;
    console.log(`content script: code ${kb(code)} KB gz, alias data ${kb(data)} KB gz, together ${kb(total)} KB gz`);
    expect(code).toBeLessThanOrEqual(40 * 1024);
    // Not a budget of the design: a guard against an alias list that grows by accident.
    expect(data).toBeLessThanOrEqual(24 * 1024);
  });
});
