/**
 * What reading a page costs a content script's world before any of our work: a bare walk of
 * every node from an isolated world (a content script's kind of world, made through the DevTools
 * protocol in a browser without Backstory), sliced as our scan is, timing each step.
 *
 * Why a test needs it (docs/benchmark.md, "The isolated world's wrapper table"): every node a
 * content script touches gets a wrapper in its world, kept in a table that Chromium grows by
 * doubling. The step during which it grows stalls for as long as rehashing every wrapper made so
 * far takes (on a 200,000-node page, 31-35 ms on the 2-core machine, in one step of one node; in
 * the page's own world, which keeps wrappers in the nodes, nothing). No slicing can split it: a
 * scan of that page holds one such step, whoever runs it.
 */
import type { Page } from 'playwright-core';

export interface BareWalk {
  nodes: number;
  /** The longest single step: one element's child nodes read, and its child elements queued. */
  longestStepMs: number;
}

/** Runs in the isolated world: one element's children per step, steps in 8 ms slices, one per frame. */
const WALK = `new Promise((resolve) => {
  const queue = [document.documentElement];
  let head = 0, nodes = 0, longest = 0, chars = 0;
  const slice = () => {
    const deadline = performance.now() + 8;
    while (head < queue.length) {
      const step = performance.now();
      for (let n = queue[head++].firstChild; n; n = n.nextSibling) {
        nodes++;
        if (n.nodeType === 1) queue.push(n);
        else if (n.nodeType === 3) chars += n.data.length;
      }
      const end = performance.now();
      longest = Math.max(longest, end - step);
      if (end >= deadline) break;
    }
    if (head < queue.length) requestAnimationFrame(slice);
    else resolve({ nodes, longestStepMs: longest, chars });
  };
  requestAnimationFrame(slice);
})`;

/** Walks the page loaded in `page` from a fresh isolated world of its main frame. */
export async function bareWalk(page: Page): Promise<BareWalk> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'backstory-test-bare-walk' });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: WALK,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`the bare walk threw: ${exceptionDetails.text}`);
    const { nodes, longestStepMs } = result.value as BareWalk;
    return { nodes, longestStepMs };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
