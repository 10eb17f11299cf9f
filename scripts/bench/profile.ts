/**
 * `npx tsx scripts/bench/profile.ts PAGE [--dense] [--runs N]`: where the
 * initial scan spends its time, in real Chromium. Builds an unminified
 * bench build (readable function names), loads the page with the V8
 * sampling profiler on, and prints self time per function of the content
 * script. A maintainer's tool for engine work, not part of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { servePages } from '../lib/serve';
import { ROOT } from './build';
import { launchBrowsers } from './browsers';
import { corpusPages, densePage, readCorpusPage } from './pages';
import { readState, settle, waitForScanDone } from './probes';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const PROFILE_DIR = join(ROOT, '.output/chrome-mv3-profile');

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { stacks: { type: 'boolean', default: false }, dense: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' }, 'no-build': { type: 'boolean', default: false } },
});

async function main(): Promise<void> {
  const name = positionals[0] ?? 'wikipedia-2';
  const page = corpusPages().find((p) => p.name === name);
  if (!page) throw new Error(`no corpus page ${name}`);
  if (!opts['no-build']) {
    execFileSync(
      'npx',
      ['tsx', '-e', `import('wxt').then((w) => w.build({ mode: 'bench', outDirTemplate: 'chrome-mv3-profile', logLevel: 1, vite: () => ({ build: { minify: false } }) }))`],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  }
  let html = readCorpusPage(page);
  if (opts.dense) html = densePage(html, 400);
  const server = await servePages({ '/p.html': html });
  const b = await launchBrowsers(PROFILE_DIR);
  const self = new Map<string, number>();
  let total = 0;
  let scanMs = 0;
  try {
    for (let r = 0; r < Number(opts.runs); r++) {
      const tab = await b.ext.context.newPage();
      const cdp = await b.ext.context.newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await tab.goto(server.url('/p.html'), { waitUntil: 'load' });
      await tab.evaluate(waitForScanDone, 30_000);
      await tab.evaluate(settle, [2, 50] as [number, number]);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const state = await tab.evaluate(readState, 'backstory-mention');
      scanMs += state.measures.reduce((a, m) => a + m.duration, 0);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
      const stackOf = (id: number) => {
        const names: string[] = [];
        for (let p: number | undefined = id; p !== undefined && names.length < 8; p = parent.get(p)) names.push(label(byId.get(p)!));
        return names.join(' < ');
      };
      profile.samples.forEach((id, i) => {
        const node = byId.get(id)!;
        const f = node.callFrame;
        if (!f.url.includes('content-scripts') && !['(garbage collector)', '(program)'].includes(f.functionName)) return;
        const key = opts.stacks ? stackOf(id) : `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        const dt = (profile.timeDeltas[i] ?? 0) / 1000;
        self.set(key, (self.get(key) ?? 0) + dt);
        total += dt;
      });
      await tab.close();
    }
  } finally {
    await b.close();
    await server.close();
  }
  const runs = Number(opts.runs);
  process.stdout.write(`${name}${opts.dense ? ' (dense)' : ''}: scan ${(scanMs / runs).toFixed(1)} ms per run (measures); samples below are per run, content script + GC + program\n`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    process.stdout.write(`${(ms / runs).toFixed(2).padStart(8)} ms  ${key}\n`);
  }
  process.stdout.write(`${(total / runs).toFixed(2).padStart(8)} ms  total\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`profile: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
