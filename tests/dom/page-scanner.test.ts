// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inDocumentOrder } from '../../dom/document-order';
import { PageScanner, mentionText } from '../../dom/page-scanner';
import { WATCHED_ATTRIBUTES } from '../../dom/text-blocks';
import { matcherFor } from '../../lib/match/matcher';
import type { Entity } from '../../lib/pack/schema';

const entity = (id: string, aliases: Entity['aliases']): Entity => ({ id, name: id, type: 'organization', aliases, summary: 'x', facts: [] });
const matcher = matcherFor([
  entity('safeguard-defenders', [{ text: 'Safeguard Defenders' }]),
  entity('finn-lau', [{ text: 'Finn Lau' }]),
  entity('operation-sky-net', [{ text: 'Skynet', context: ['China'] }]),
]);

let scanner: PageScanner;
let observer: MutationObserver;
let untracked: Set<string>;
let records: MutationRecord[] = [];

const texts = () => inDocumentOrder(scanner.mentions()).map((m) => `${m.entityId}:${mentionText(m)}`);

/** Runs the scanner over the mutations made so far, as the page watcher does once per frame. */
async function settle() {
  await new Promise((r) => setTimeout(r, 0));
  scanner.enqueueMutations([...records, ...observer.takeRecords()]);
  records = [];
  scanner.run();
}

beforeEach(() => {
  document.body.innerHTML = '<article><p id="a">Safeguard <em>Defenders</em> said.</p><p id="b">Nothing.</p></article>';
  untracked = new Set();
  scanner = new PageScanner(matcher, { isTracked: (id) => !untracked.has(id) });
  scanner.enqueue(document.body, true);
  scanner.run();
  scanner.takeChanges();
  records = [];
  observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
});
afterEach(() => observer.disconnect());

describe('PageScanner', () => {
  it('finds mentions on the first scan', () => {
    expect(texts()).toEqual(['safeguard-defenders:Safeguard Defenders']);
  });

  it('finds text appended later, and reports it as added', async () => {
    const p = document.createElement('p');
    p.textContent = 'Finn Lau spoke.';
    document.body.append(p);
    await settle();
    expect(texts()).toEqual(['safeguard-defenders:Safeguard Defenders', 'finn-lau:Finn Lau']);
    const { added, removed } = scanner.takeChanges();
    expect(added.map(mentionText)).toEqual(['Finn Lau']);
    expect(removed).toEqual([]);
  });

  it('rescans only the block that changed when text is edited', async () => {
    document.querySelector('#b')!.firstChild!.textContent = 'Finn Lau.';
    await settle();
    expect(texts()).toEqual(['safeguard-defenders:Safeguard Defenders', 'finn-lau:Finn Lau']);
    const { added, removed } = scanner.takeChanges();
    expect(added.map(mentionText)).toEqual(['Finn Lau']);
    expect(removed).toEqual([]);
  });

  it('finds a mention completed by inserting an inline element', async () => {
    document.querySelector('#b')!.innerHTML = 'Finn <b>Lau</b>';
    await settle();
    expect(texts()).toContain('finn-lau:Finn Lau');
  });

  it('drops the mentions of a removed paragraph', async () => {
    document.querySelector('#a')!.remove();
    await settle();
    expect(texts()).toEqual([]);
    expect(scanner.takeChanges().removed.map(mentionText)).toEqual(['Safeguard Defenders']);
  });

  it('drops mentions whose text was edited away', async () => {
    document.querySelector('#a em')!.textContent = 'Advocates';
    await settle();
    expect(texts()).toEqual([]);
  });

  it('applies context found in a block added later to earlier blocks', async () => {
    document.querySelector('#b')!.textContent = 'Skynet is a programme.';
    await settle();
    expect(texts()).not.toContain('operation-sky-net:Skynet');
    const p = document.createElement('p');
    p.textContent = 'It was launched by China.';
    document.body.append(p);
    await settle();
    expect(texts()).toContain('operation-sky-net:Skynet');
  });

  it('re-applies the tracked set without rescanning', () => {
    untracked.add('safeguard-defenders');
    scanner.resolveAll();
    expect(texts()).toEqual([]);
    untracked.clear();
    scanner.resolveAll();
    expect(texts()).toEqual(['safeguard-defenders:Safeguard Defenders']);
  });

  it('ignores mutations inside skipped elements', async () => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    await settle();
    ta.textContent = 'Finn Lau';
    await settle();
    expect(texts()).toEqual(['safeguard-defenders:Safeguard Defenders']);
  });

  it('stops between containers when its time budget is used up, and resumes', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>Finn Lau ${i}</p>`).join('');
    let clock = 0;
    const sliced = new PageScanner(matcher, { isTracked: () => true, now: () => (clock += 1) });
    sliced.enqueue(document.body, true);
    let slices = 1;
    while (!sliced.run(5)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(sliced.mentions()).toHaveLength(50);
  });

  it('pauses inside a container too big for one slice, and resumes where it stopped', () => {
    // One block holding 3,600 nodes of its own: one run per stretch between its 12 nested blocks.
    const items = Array.from({ length: 600 }, (_, i) => `<b>Finn</b> <i>Lau</i> ${i}; ${i % 50 === 49 ? `<div>note ${i}</div>` : ''}`).join('');
    document.body.innerHTML = `<section>${items}</section>`;
    const whole = new PageScanner(matcher, { isTracked: () => true });
    whole.enqueue(document.body, true);
    expect(whole.run()).toBe(true);
    let clock = 0;
    const sliced = new PageScanner(matcher, { isTracked: () => true, now: () => (clock += 1) });
    sliced.enqueue(document.body, true);
    let slices = 1;
    // Each slice ends at the first question: 128 nodes a slice, so the section takes over 3,600 / 128.
    while (!sliced.run(1)) slices++;
    expect(slices).toBeGreaterThan(3600 / 128);
    expect(sliced.mentions().map(mentionText)).toEqual(whole.mentions().map(mentionText));
    expect(sliced.mentions()).toHaveLength(600);
    expect(sliced.pending).toBe(false);
  });

  it('reads a paused container again when the page changed it meanwhile', async () => {
    const items = Array.from({ length: 300 }, (_, i) => `<span>item ${i}</span> `).join('');
    document.body.innerHTML = `<section id="s">${items}<span id="late">Finn Lau</span></section>`;
    let clock = 0;
    const sliced = new PageScanner(matcher, { isTracked: () => true, now: () => (clock += 1) });
    observer.observe(document, { childList: true, characterData: true, subtree: true });
    records = [];
    sliced.enqueue(document.body, true);
    expect(sliced.run(3)).toBe(false);
    expect(sliced.pending).toBe(true);
    // While the walk is paused inside the section, the page moves the mention out and replaces it.
    const late = document.getElementById('late')!;
    const p = document.createElement('p');
    p.append(late);
    document.body.append(p);
    document.getElementById('s')!.append(document.createTextNode('Safeguard Defenders'));
    await new Promise((r) => setTimeout(r, 0));
    sliced.enqueueMutations([...records, ...observer.takeRecords()]);
    while (!sliced.run(3));
    expect(inDocumentOrder(sliced.mentions()).map(mentionText)).toEqual(['Safeguard Defenders', 'Finn Lau']);
  });
});

describe('PageScanner resolving again after the page context changes', () => {
  it('works through the affected blocks in slices, and ends with the right mentions', async () => {
    document.body.innerHTML = Array.from({ length: 60 }, (_, i) => `<p>Skynet ${i}</p>`).join('');
    let clock = 0;
    const sliced = new PageScanner(matcher, { isTracked: () => true, now: () => (clock += 1) });
    sliced.enqueue(document.body, true);
    while (!sliced.run(1000));
    expect(sliced.mentions()).toHaveLength(0);
    // One paragraph brings the context term: all 60 earlier blocks must be resolved again.
    const p = document.createElement('p');
    p.textContent = 'China launched it.';
    document.body.append(p);
    sliced.enqueue(p);
    let slices = 1;
    while (!sliced.run(10)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(sliced.mentions()).toHaveLength(60);
    expect(sliced.pending).toBe(false);
  });
});

describe('PageScanner with replaced content', () => {
  it('finds mentions in blocks that replace a container\'s children', async () => {
    document.body.innerHTML = '<main id="app"><p>Home.</p></main>';
    scanner = new PageScanner(matcher, { isTracked: () => true });
    scanner.enqueue(document.body, true);
    scanner.run();
    records = [];
    observer.takeRecords();
    document.getElementById('app')!.innerHTML = '<p>Story: Finn Lau.</p>';
    await settle();
    expect(texts()).toEqual(['finn-lau:Finn Lau']);
  });
});

describe('PageScanner changes', () => {
  it('a container scanned twice before its changes are taken reports each mention once', () => {
    document.body.innerHTML = '<p>Finn Lau</p>';
    const s = new PageScanner(matcher, { isTracked: () => true });
    s.enqueue(document.body, true);
    s.run();
    s.enqueue(document.body, true);
    s.run();
    const { added, removed } = s.takeChanges();
    expect(added.map(mentionText)).toEqual(['Finn Lau']);
    expect(removed).toEqual([]);
  });
});

describe('PageScanner with short forms, scoped context and languages', () => {
  const rich = matcherFor([
    entity('stations', [
      { text: 'overseas police stations' },
      { text: 'comisarías … chinas', lang: ['es'] },
      { text: 'the stations', short: 'page' },
    ]),
    entity('mps', [{ text: 'MPS', case: 'exact', context: { block: ['Chinese'] }, unless: { page: ['Metropolitan Police'] } }]),
  ]);
  let s: PageScanner;
  const found = () => inDocumentOrder(s.mentions()).map((m) => `${m.entityId}:${mentionText(m)}`);
  const scanPage = (html: string) => {
    document.body.innerHTML = html;
    s = new PageScanner(rich, { isTracked: () => true });
    s.enqueue(document.body, true);
    s.run();
    records = [];
    observer.takeRecords();
  };
  /** As settle(), for this scanner. */
  const settleRich = async () => {
    await new Promise((r) => setTimeout(r, 0));
    s.enqueueMutations([...records, ...observer.takeRecords()]);
    records = [];
    s.run();
  };

  it('counts a short form on a page with a full name, before or after it', () => {
    scanPage('<p>The stations said nothing.</p><p>Two overseas police stations closed.</p>');
    expect(found()).toEqual(['stations:The stations', 'stations:overseas police stations']);
  });

  it('adds and removes short forms as full names come and go, without rescanning their blocks', async () => {
    scanPage('<p id="short">The stations said nothing.</p><p id="other">Weather.</p>');
    expect(found()).toEqual([]);
    document.getElementById('other')!.textContent = 'Two overseas police stations closed.';
    await settleRich();
    expect(found()).toEqual(['stations:The stations', 'stations:overseas police stations']);
    s.takeChanges();
    document.getElementById('other')!.remove();
    await settleRich();
    expect(found()).toEqual([]);
    expect(s.takeChanges().removed.map(mentionText).sort()).toEqual(['The stations', 'overseas police stations']);
    expect(s.pending).toBe(false);
  });

  it('settles: resolving again gives the same mentions and leaves nothing pending', () => {
    scanPage('<p>The stations.</p><p>Overseas police stations.</p>');
    const before = found();
    s.resolveAll();
    expect(found()).toEqual(before);
    expect(s.pending).toBe(false);
  });

  it('counts block context only in the same block, and negative page context anywhere', () => {
    scanPage('<p>The Chinese <b>MPS</b> runs them.</p><p>The MPS said so.</p>');
    expect(found()).toEqual(['mps:MPS']);
    scanPage('<p>The Chinese MPS runs them.</p><p>A Metropolitan Police spokesman.</p>');
    expect(found()).toEqual([]);
  });

  it('reads the nearest lang attribute, up to the root element', () => {
    scanPage('<p>Las comisarías ilegales chinas.</p>');
    expect(found()).toEqual(['stations:comisarías ilegales chinas']);
    document.documentElement.setAttribute('lang', 'en');
    try {
      scanPage('<p>Las comisarías ilegales chinas.</p><div lang="es-ES"><p>Las <em>comisarías chinas</em>.</p></div>');
      expect(found()).toEqual(['stations:comisarías chinas']);
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('rescans a block whose language changes', async () => {
    scanPage('<article lang="en"><p>Las comisarías chinas.</p></article>');
    expect(found()).toEqual([]);
    document.querySelector('article')!.setAttribute('lang', 'es');
    await settleRich();
    expect(found()).toEqual(['stations:comisarías chinas']);
  });
});
