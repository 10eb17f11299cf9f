/**
 * Waits until the machine's CPUs are mostly idle, for the timed hostile tests: they judge our slices
 * by the CPU time of the page's main thread, and on two cores a browser still shutting down from the
 * previous test run can leave V8's collector helpers no core, so that the main thread does their
 * work (our reading of a CI run that failed all three tries, not a measured cause). The benchmark
 * asks for an idle machine for the same reason (docs/benchmark.md, Caveats).
 */
import { cpus } from 'node:os';

const sample = () => cpus().reduce((t, c) => ({ idle: t.idle + c.times.idle, all: t.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });

/** Resolves once `seconds` consecutive seconds were at least `idle` idle, or after `maxMs`; says how long it took. */
export async function waitForQuietCpu({ idle = 0.8, seconds = 2, maxMs = 60_000 } = {}): Promise<{ waitedMs: number; quiet: boolean }> {
  const started = Date.now();
  let calm = 0;
  let before = sample();
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 1_000));
    const after = sample();
    const fraction = (after.idle - before.idle) / Math.max(1, after.all - before.all);
    before = after;
    calm = fraction >= idle ? calm + 1 : 0;
    if (calm >= seconds) return { waitedMs: Date.now() - started, quiet: true };
  }
  return { waitedMs: Date.now() - started, quiet: false };
}
