// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mentionText, type ScannerChanges } from '../../dom/page-scanner';
import { PageWatcher } from '../../dom/page-watcher';
import { matcherFor } from '../../lib/match/matcher';
import type { Entity } from '../../lib/pack/schema';

const entity = (id: string, text: string): Entity => ({ id, name: id, type: 'person', aliases: [{ text }], summary: 'x', facts: [] });
const FINN = matcherFor([entity('finn-lau', 'Finn Lau')]);
const BOTH = matcherFor([entity('finn-lau', 'Finn Lau'), entity('wang-jingyu', 'Wang Jingyu')]);

let controller: AbortController;
let untracked: Set<string>;
let watcher: PageWatcher;
let seen: ScannerChanges[];

const texts = () => watcher.mentions.inOrder().map(mentionText);
/** Long enough for the watcher's next tick (a frame, or its timer). */
const ticks = () => new Promise((r) => setTimeout(r, 300));

beforeEach(() => {
  document.body.innerHTML = '<p>Wang Jingyu and Finn Lau spoke.</p><p>Later, Finn Lau left.</p>';
  controller = new AbortController();
  untracked = new Set();
  watcher = new PageWatcher({ win: window as unknown as Window & typeof globalThis, isTracked: (id) => !untracked.has(id), signal: controller.signal });
  seen = [];
  watcher.mentions.onChange((changes) => seen.push(changes));
});
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

describe('PageWatcher', () => {
  it('reads the page once started and keeps following it', async () => {
    expect(watcher.running).toBe(false);
    watcher.start(FINN);
    expect(watcher.running).toBe(true);
    await expect.poll(texts).toEqual(['Finn Lau', 'Finn Lau']);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Finn Lau again.' }));
    await expect.poll(texts).toEqual(['Finn Lau', 'Finn Lau', 'Finn Lau']);
  });

  it('stops: the mentions empty, their listeners are told, and the page is no longer followed', async () => {
    watcher.start(FINN);
    await expect.poll(texts).toHaveLength(2);
    watcher.stop();
    expect(watcher.running).toBe(false);
    expect(texts()).toEqual([]);
    expect(seen.at(-1)!.removed.map(mentionText)).toEqual(['Finn Lau', 'Finn Lau']);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Finn Lau again.' }));
    await ticks();
    expect(texts()).toEqual([]);
  });

  it('starts again with another matcher, on the same mentions the features hold', async () => {
    const mentions = watcher.mentions;
    watcher.start(FINN);
    await expect.poll(texts).toHaveLength(2);
    watcher.start(BOTH);
    expect(watcher.mentions).toBe(mentions);
    await expect.poll(texts).toEqual(['Wang Jingyu', 'Finn Lau', 'Finn Lau']);
  });

  it('applies a change of the tracked set without reading the page again', async () => {
    watcher.start(BOTH);
    await expect.poll(texts).toHaveLength(3);
    untracked.add('finn-lau');
    watcher.retrack();
    expect(texts()).toEqual(['Wang Jingyu']);
  });

  it('stops for good when its signal aborts', async () => {
    watcher.start(FINN);
    await expect.poll(texts).toHaveLength(2);
    controller.abort();
    expect(texts()).toEqual([]);
    watcher.start(FINN);
    await ticks();
    expect(watcher.running).toBe(false);
    expect(texts()).toEqual([]);
  });

  describe('a batch of changes too large to keep record by record', () => {
    /** Counts how often the walk reads this text node. */
    function countReads(node: Text): () => number {
      let reads = 0;
      const data = node.data;
      Object.defineProperty(node, 'data', { get: () => (reads++, data), configurable: true });
      return () => reads;
    }

    it('reads again only the nodes it changed: thousands of paragraphs appended to one section, one removed', async () => {
      document.body.innerHTML = '<p>Finn Lau spoke first.</p><section><p>Wang Jingyu too.</p><p>An old Finn Lau.</p></section>';
      watcher.start(BOTH);
      await expect.poll(texts).toEqual(['Finn Lau', 'Wang Jingyu', 'Finn Lau']);
      const readsOfFirst = countReads(document.querySelector('p')!.firstChild as Text);
      const section = document.querySelector('section')!;
      section.lastElementChild!.remove();
      for (let i = 0; i < 2_500; i++) {
        section.append(Object.assign(document.createElement('p'), { textContent: i % 1_000 === 0 ? `Finn Lau, ${i}.` : `Nothing, ${i}.` }));
      }
      await expect.poll(texts).toEqual(['Finn Lau', 'Wang Jingyu', 'Finn Lau', 'Finn Lau', 'Finn Lau']);
      expect(readsOfFirst()).toBe(0);
    });

    it('reads the whole page again when even the nodes it changed are too many to keep', async () => {
      document.body.innerHTML = Array.from({ length: 2_100 }, (_, i) => `<div><p>Line ${i}.</p></div>`).join('');
      watcher.start(FINN);
      await ticks();
      const divs = document.querySelectorAll('div');
      divs.forEach((div, i) => div.append(Object.assign(document.createElement('p'), { textContent: i % 700 === 0 ? 'Finn Lau.' : 'Nobody.' })));
      await expect.poll(texts).toEqual(['Finn Lau', 'Finn Lau', 'Finn Lau']);
    });
  });
});
