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
const name = location.hash.slice(1);
const escape = (s) => s.replace(/[.*+?^${'$'}{}()|[\]\\]/g, '\\$&');
// Every alias, white space optional inside, case-insensitive: a cheap superset test of "any alias in this text".
const ALIAS_SOURCE = ALIASES.map((a) => [...a].map((ch) => (/\s/.test(ch) ? '\\s*' : escape(ch))).join('')).join('|');
// Compiled and warmed outside the timing, on one-byte and two-byte subjects, so only its run is measured.
// Not in the cold probe's page: V8 caches compiled regexps by source and flags, which would warm it.
const ALIAS_RE = name === 'textContentRegexCold' ? undefined : new RegExp(ALIAS_SOURCE, 'i');
ALIAS_RE?.test('warm up ' + 'x'.repeat(2000));
ALIAS_RE?.test('warm up 中文 ' + 'x'.repeat(2000));
// The elements that may host a shadow root (DOM, attachShadow): these names, plus autonomous custom
// elements, selected as "no standard HTML name" outside SVG and MathML (whose names may hold a hyphen).
const HOSTABLE = 'article,aside,blockquote,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span';
const HTML_NAMES = 'a,abbr,acronym,address,applet,area,article,aside,audio,b,base,basefont,bdi,bdo,bgsound,big,blink,' +
  'blockquote,body,br,button,canvas,caption,center,cite,code,col,colgroup,data,datalist,dd,del,details,dfn,dialog,dir,' +
  'div,dl,dt,em,embed,fieldset,figcaption,figure,font,footer,form,frame,frameset,h1,h2,h3,h4,h5,h6,head,header,hgroup,' +
  'hr,html,i,iframe,image,img,input,ins,isindex,kbd,keygen,label,legend,li,link,listing,main,map,mark,marquee,menu,' +
  'menuitem,meta,meter,multicol,nav,nextid,nobr,noembed,noframes,noscript,object,ol,optgroup,option,output,p,param,' +
  'picture,plaintext,pre,progress,q,rb,rp,rt,rtc,ruby,s,samp,script,search,section,select,selectedcontent,slot,small,' +
  'source,spacer,span,strike,strong,style,sub,summary,sup,table,tbody,td,template,textarea,tfoot,th,thead,time,title,' +
  'tr,track,tt,u,ul,var,video,wbr,xmp,svg,math';
const HOSTABLE_SELECTOR = HOSTABLE + ',:not(' + HTML_NAMES + '):not(svg *):not(math *)';
const countShadowRoots = (elements) => {
  let n = 0;
  for (let i = 0; i < elements.length; i++) if (elements[i].shadowRoot) n++;
  return n;
};
const PROBES = {
  floor() {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let t = w.nextNode(); t; t = w.nextNode()) n += t.data.length;
    return n;
  },
  textLengthWalk() {
    // CharacterData.length: the offset a match maps back to, without handing the string over.
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let t = w.nextNode(); t; t = w.nextNode()) n += t.length;
    return n;
  },
  textContent: () => document.body.textContent.length,
  textContentRegex: () => ALIAS_RE.test(document.body.textContent),
  // Compiled here, on first use, as a content script would: irregexp's first compile on a large subject.
  textContentRegexCold: () => new RegExp(ALIAS_SOURCE, 'i').test(document.body.textContent),
  findShadowRoots: () => countShadowRoots(document.body.querySelectorAll('*')),
  findShadowRootsHostable: () => countShadowRoots(document.body.querySelectorAll(HOSTABLE_SELECTOR)),
  // A live collection, read in order: no static list built up front.
  findShadowRootsByTag: () => countShadowRoots(document.body.getElementsByTagName('*')),
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
// Not timed: what every probe returns, in one page, so that siblings can be checked against each other.
const check = () => {
  const out = {};
  for (const [probe, run] of Object.entries(PROBES)) out[probe] = Number(run());
  out.elements = document.body.querySelectorAll('*').length;
  out.hostableElements = document.body.querySelectorAll(HOSTABLE_SELECTOR).length;
  return out;
};
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
  if (name === 'check') {
    console.log('primitive check ' + JSON.stringify(check()));
    return;
  }
  const t0 = performance.now();
  PROBES[name]();
  const ms = performance.now() - t0;
  console.log('primitive ' + name + ' ' + ms);
}, 100)));
`;

const NAMES = [
  'floor',
  'textLengthWalk',
  'textContent',
  'textContentRegex',
  'textContentRegexCold',
  'findShadowRoots',
  'findShadowRootsHostable',
  'findShadowRootsByTag',
  'elementWalk',
] as const;

/** Probes that must return the same value on one page: the same text, the same verdict, the same shadow roots. */
const SIBLINGS: readonly (readonly string[])[] = [
  ['floor', 'textLengthWalk', 'textContent'],
  ['textContentRegex', 'textContentRegexCold'],
  ['findShadowRoots', 'findShadowRootsHostable', 'findShadowRootsByTag'],
];

const { values: opts } = parseArgs({ options: { pages: { type: 'string' }, reps: { type: 'string', default: '3' } } });

/**
 * A page with known shadow roots, since the corpus pages may hold none: open roots on a `div`, a
 * custom element (`my-widget`), a `section` and a declarative one on `my-card`; a closed one on a
 * `span` (invisible to every probe); and elements the hostable selector must leave out (SVG children,
 * one with a hyphen in its name).
 */
const SHADOW_PAGE = `<!doctype html><html><body>
<p>Some text.</p><div id="a"></div><my-widget id="b"></my-widget><span id="c"></span><section id="d"></section>
<my-card><template shadowrootmode="open"><p>declared</p></template></my-card><x-plain></x-plain>
<svg><font-face></font-face><g></g></svg>
<script>
document.getElementById('a').attachShadow({ mode: 'open' });
document.getElementById('b').attachShadow({ mode: 'open' }).append('inside');
document.getElementById('c').attachShadow({ mode: 'closed' });
document.getElementById('d').attachShadow({ mode: 'open' });
</script></body></html>`;
/** p, div, my-widget, span, section, my-card, x-plain: not script, svg, font-face or g. */
const SHADOW_PAGE_EXPECTED = { findShadowRoots: 4, hostableElements: 7 };

/** The siblings on one page that disagree, as `a=1 b=2` strings; none when all agree. */
function disagreements(values: Record<string, number>): string[] {
  return SIBLINGS.filter((group) => new Set(group.map((n) => values[n])).size > 1).map((group) => group.map((n) => `${n}=${values[n]}`).join(' '));
}

async function main(): Promise<void> {
  const wanted = opts.pages?.split(',');
  const pages = corpusPages().filter((p) => !wanted || wanted.includes(p.name));
  const { latin, cjk } = allAliases();
  const probe = writeProbeExtension('Backstory primitives probe', `(() => {\nconst ALIASES = ${JSON.stringify([...latin, ...cjk])};\n${PROBES}\n})();`);
  const server = await servePages((path) => {
    if (path === '/shadow-roots') return SHADOW_PAGE;
    const page = pages.find((p) => `/${p.name}` === path);
    if (!page) return undefined;
    // Cross-origin isolated, as in npm run bench: performance.now() at 5 µs instead of 100 µs.
    return { body: readCorpusPage(page), headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } };
  });
  const ext = await launchExtension({ extensionDir: probe.dir });
  // A tab that stays open: Chromium may quit when the last one closes between two probes.
  await ext.context.newPage();
  /** Runs one probe (or `check`) in a fresh tab; what it logged after its name, or undefined. */
  const run = async (path: string, name: string): Promise<string | undefined> => {
    const tab = await ext.context.newPage();
    const got = new Promise<string>((resolve) =>
      tab.on('console', (m) => {
        const text = m.text();
        const prefix = `primitive ${name} `;
        if (text.startsWith(prefix)) resolve(text.slice(prefix.length));
      }),
    );
    // A page that fails to load or never reports counts as missing, not as a crash of the run.
    const loaded = await tab.goto(`${server.url(path)}#${name}`, { waitUntil: 'load' }).then(
      () => true,
      () => false,
    );
    const value = loaded ? await Promise.race([got, new Promise<undefined>((r) => setTimeout(() => r(undefined), 10_000))]) : undefined;
    await tab.close().catch(() => undefined);
    return value;
  };
  const rows: string[] = [];
  const ratios = new Map<string, number[]>();
  const problems: string[] = [];
  // A browser that dies mid-run (a busy machine) still leaves the pages already measured in the table.
  let failure: unknown;
  try {
    const synthetic = JSON.parse((await run('/shadow-roots', 'check')) ?? '{}') as Record<string, number>;
    const wrong = [
      ...disagreements(synthetic),
      ...Object.entries(SHADOW_PAGE_EXPECTED)
        .filter(([k, v]) => synthetic[k] !== v)
        .map(([k, v]) => `${k}=${synthetic[k]}, expected ${v}`),
    ];
    if (wrong.length > 0) throw new Error(`the probes miscount the synthetic shadow-root page: ${wrong.join('; ')}`);
    process.stderr.write(`  synthetic page: ${synthetic.findShadowRootsHostable} open shadow roots, ${synthetic.hostableElements} hostable elements, as expected\n`);
    for (const page of pages) {
      const checked = JSON.parse((await run(`/${page.name}`, 'check')) ?? '{}') as Record<string, number>;
      for (const d of disagreements(checked)) problems.push(`${page.name}: ${d}`);
      const ms = new Map<string, number[]>();
      for (let rep = 0; rep < Number(opts.reps); rep++) {
        for (const name of NAMES) {
          const value = Number((await run(`/${page.name}`, name)) ?? Number.NaN);
          (ms.get(name) ?? ms.set(name, []).get(name)!).push(value);
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
      process.stderr.write(
        `  ${page.name}: ${checked.elements} elements, ${checked.hostableElements} hostable, ${checked.findShadowRoots} open shadow roots, aliases ${checked.textContentRegex ? 'found' : 'absent'}\n`,
      );
    }
  } catch (error) {
    failure = error;
  } finally {
    await ext.close().catch(() => undefined);
    await server.close();
    probe.remove();
  }
  if (rows.length === 0 && failure !== undefined) throw failure;
  const range = (n: string) => {
    const r = ratios.get(n)!.filter(Number.isFinite);
    return `${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)}×`;
  };
  process.stdout.write(`| page | ${NAMES.map((n) => `${n} ms`).join(' | ')} |\n|:--|${NAMES.map(() => '--:').join('|')}|\n`);
  process.stdout.write(`${rows.join('\n')}\n`);
  process.stdout.write(`| median ratio to the floor | ${NAMES.map((n) => `${median(ratios.get(n)!).toFixed(2)}×`).join(' | ')} |\n`);
  process.stdout.write(`| range | ${NAMES.map(range).join(' | ')} |\n`);
  if (problems.length > 0) {
    process.stdout.write(`\nProbes that should agree but do not:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
  if (failure !== undefined) {
    process.stdout.write(`\nStopped after ${rows.length} of ${pages.length} pages: ${failure instanceof Error ? failure.message : String(failure)}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`primitives: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
