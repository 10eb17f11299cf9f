/**
 * The built extension, as a store reviewer reads it: no network or
 * dynamic-code APIs in any bundle, no remote resources, the least
 * permissions, and the content script within its size budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptSize } from '../../scripts/bench/bundle-split';
import { EXTENSION_DIR } from '../../scripts/lib/launch';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

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
  // literal that starts with PATTERN_DATA_MARK (scripts/lib/alias-module.ts): measured alone, and the
  // code measured with that literal emptied.
  it('keeps the content script code within 40 KB gzipped, with alias data reported apart', () => {
    const bundle = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    // The same weighing as npm run bench's (scripts/bench/bundle-split.ts).
    const { codeGzip: code, aliasDataGzip, totalGzip: total } = contentScriptSize(bundle);
    expect(aliasDataGzip, 'the alias data is in the bundle').not.toBeNull();
    const data = aliasDataGzip!;
    console.log(`content script: code ${kb(code)} KB gz, alias data ${kb(data)} KB gz, together ${kb(total)} KB gz`);
    expect(code).toBeLessThanOrEqual(40 * 1024);
    // Not a budget of the design: a guard against an alias list that grows by accident. The data is
    // the packs compiled, with the automaton and its failure links (60.8 KB since issue 16: the links
    // alone are 21 KB, stored because computing them cost every frame about 8 ms; the aliases alone
    // were 13.3 KB).
    expect(data).toBeLessThanOrEqual(68 * 1024);
  });
});
