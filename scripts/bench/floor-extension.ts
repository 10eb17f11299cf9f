/**
 * The content-script floor's extension (issue 16): a throwaway extension,
 * written to a temporary directory, whose content script walks the page's
 * text nodes when the page asks. The walk then runs where Backstory's scan
 * runs: in a content script's isolated world, with its own DOM wrappers to
 * create and its code cold, which costs 1.5–3× the same walk in the page's
 * own world (docs/benchmark.md).
 *
 * The script is registered at run time, as Backstory's is
 * (extension/content-script.ts), and waits for an event from the page
 * (probes.ts, contentScriptFloor) so that the walk happens at the same moment
 * as the main-world floor: after load, two frames and 100 ms. Its figures go
 * to the page's performance timeline, which every world shares.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The event the page dispatches, the mark that says the script is listening, the measure it leaves. */
export const FLOOR_EVENT = 'backstory-bench:floor';
export const FLOOR_READY = 'bench:cs-floor-ready';
/** Followed by `:<text nodes>:<characters>`. */
export const FLOOR_MEASURE = 'bench:cs-floor';

const CONTENT_SCRIPT = `(() => {
  const walk = () => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      chars += node.data.length;
      nodes++;
    }
    const t1 = performance.now();
    performance.measure('${FLOOR_MEASURE}:' + nodes + ':' + chars, { start: t0, end: t1 });
  };
  addEventListener('${FLOOR_EVENT}', walk, { once: true });
  performance.mark('${FLOOR_READY}');
})();
`;

export interface FloorExtension {
  dir: string;
  remove(): void;
}

/**
 * A throwaway extension in a temporary directory whose one content script, `script`, is registered at
 * run time on the test server, as Backstory registers its own (extension/content-script.ts).
 */
export function writeProbeExtension(name: string, script: string): FloorExtension {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1',
      permissions: ['scripting'],
      host_permissions: ['http://127.0.0.1/*'],
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(
    join(dir, 'background.js'),
    `chrome.scripting.registerContentScripts([{ id: 'probe', matches: ['http://127.0.0.1/*'], js: ['probe.js'], runAt: 'document_idle' }]);`,
  );
  writeFileSync(join(dir, 'probe.js'), script);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeFloorExtension(): FloorExtension {
  return writeProbeExtension('Backstory bench: content-script floor', CONTENT_SCRIPT);
}
