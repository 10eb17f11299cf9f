/**
 * `npx tsx scripts/bench/primitives.ts [--pages a,b] [--reps N]`: what the
 * operations any exact scanner needs cost, next to the floor, in a content
 * script's isolated world on corpus pages. It answers "how low can
 * scan/floor go?" (docs/benchmark.md, "What limits scan/floor") with
 * figures instead of argument. A maintainer's tool, not part of
 * `npm run bench`; it loads a throwaway extension, not Backstory.
 *
 * Each probe runs once, in a fresh page, cold, as the real scan would: at
 * document_idle, after two frames and 100 ms (the floor's timing).
 */
import { parseArgs } from 'node:util';
import { servePages } from '../lib/serve';
import { launchExtension } from '../lib/launch';
import { writeProbeExtension } from './floor-extension';
import { allAliases, corpusPages, readCorpusPage } from './pages';
import { median } from './stats';

/** The probes, as source text: they run in the page's isolated world, not here. */
const PROBES = String.raw`
const escape = (s) => s.replace(/[.*+?^${'$'}{}()|[\]\\]/g, '\\$&');
// Every alias, white space optional inside, case-insensitive: a cheap superset test of "any alias in this text".
const ALIAS_RE = new RegExp(ALIASES.map((a) => [...a].map((ch) => (/\s/.test(ch) ? '\\s*' : escape(ch))).join('')).join('|'), 'i');
// Compiled and warmed outside the timing, on one-byte and two-byte subjects, so only its run is measured.
ALIAS_RE.test('warm up ' + 'x'.repeat(2000));
ALIAS_RE.test('warm up 中文 ' + 'x'.repeat(2000));
const PROBES = {
  floor() {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let t = w.nextNode(); t; t = w.nextNode()) n += t.data.length;
    return n;
  },
  textContent: () => document.body.textContent.length,
  textContentRegex: () => ALIAS_RE.test(document.body.textContent),
  findShadowRoots() {
    const all = document.body.querySelectorAll('*');
    let n = 0;
    for (let i = 0; i < all.length; i++) if (all[i].shadowRoot) n++;
    return n;
  },
  elementWalk() {
    // firstChild/nextSibling over every node, reading what a block scanner must: type, tag name, text.
    const root = document.body;
    let n = 0;
    let node = root.firstChild;
    while (node) {
      const type = node.nodeType;
      if (type === 3) n += node.data.length;
      else if (type === 1 && node.firstChild && node.localName !== 'script' && node.localName !== 'style') {
        node = node.firstChild;
        continue;
      }
      let next = node.nextSibling;
      while (!next) {
        node = node.parentNode;
        if (!node || node === root) break;
        next = node.nextSibling;
      }
      node = next;
    }
    return n;
  },
};
const name = location.hash.slice(1);
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
  const t0 = performance.now();
  PROBES[name]();
  const ms = performance.now() - t0;
  console.log('primitive ' + name + ' ' + ms);
}, 100)));
`;

const NAMES = ['floor', 'textContent', 'textContentRegex', 'findShadowRoots', 'elementWalk'] as const;

const { values: opts } = parseArgs({ options: { pages: { type: 'string' }, reps: { type: 'string', default: '3' } } });

async function main(): Promise<void> {
  const wanted = opts.pages?.split(',');
  const pages = corpusPages().filter((p) => !wanted || wanted.includes(p.name));
  const { latin, cjk } = allAliases();
  const probe = writeProbeExtension('Backstory primitives probe', `(() => {\nconst ALIASES = ${JSON.stringify([...latin, ...cjk])};\n${PROBES}\n})();`);
  const server = await servePages((path) => {
    const page = pages.find((p) => `/${p.name}` === path);
    if (!page) return undefined;
    // Cross-origin isolated, as in npm run bench: performance.now() at 5 µs instead of 100 µs.
    return { body: readCorpusPage(page), headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } };
  });
  const ext = await launchExtension({ extensionDir: probe.dir });
  // A tab that stays open: Chromium may quit when the last one closes between two probes.
  await ext.context.newPage();
  const rows: string[] = [];
  const ratios = new Map<string, number[]>();
  try {
    for (const page of pages) {
      const ms = new Map<string, number[]>();
      for (let rep = 0; rep < Number(opts.reps); rep++) {
        for (const name of NAMES) {
          const tab = await ext.context.newPage();
          const got = new Promise<number>((resolve) =>
            tab.on('console', (m) => {
              const [tag, probe, value] = m.text().split(' ');
              if (tag === 'primitive' && probe === name) resolve(Number(value));
            }),
          );
          // A page that fails to load or never reports counts as missing (NaN), not as a crash of the run.
          const loaded = await tab.goto(`${server.url(`/${page.name}`)}#${name}`, { waitUntil: 'load' }).then(
            () => true,
            () => false,
          );
          const value = loaded ? await Promise.race([got, new Promise<number>((r) => setTimeout(() => r(Number.NaN), 10_000))]) : Number.NaN;
          (ms.get(name) ?? ms.set(name, []).get(name)!).push(value);
          await tab.close().catch(() => undefined);
        }
      }
      const finite = (n: string) => ms.get(n)!.filter(Number.isFinite);
      const floor = median(finite('floor'));
      const cells = NAMES.map((n) => {
        const m = median(finite(n));
        (ratios.get(n) ?? ratios.set(n, []).get(n)!).push(m / floor);
        return `${m.toFixed(2)} (${(m / floor).toFixed(2)}×)`;
      });
      rows.push(`| ${page.name} | ${cells.join(' | ')} |`);
      process.stderr.write(`  ${page.name}\n`);
    }
  } finally {
    await ext.close();
    await server.close();
    probe.remove();
  }
  process.stdout.write(`| page | ${NAMES.map((n) => `${n} ms`).join(' | ')} |\n|:--|${NAMES.map(() => '--:').join('|')}|\n`);
  process.stdout.write(`${rows.join('\n')}\n`);
  process.stdout.write(`| median ratio to the floor | ${NAMES.map((n) => `${median(ratios.get(n)!).toFixed(2)}×`).join(' | ')} |\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`primitives: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
