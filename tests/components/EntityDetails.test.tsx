// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityDetails, type EntityDetailsProps } from '../../components/EntityDetails';
import { LABELS, multilingualView, view } from './fixtures';

let root: HTMLDivElement;
function show(overrides: Partial<EntityDetailsProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  render(<EntityDetails view={view()} labels={LABELS} {...overrides} />, root);
  return root;
}
const texts = (el: ParentNode, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('EntityDetails', () => {
  it('shows name, type, summary and reviewed date', () => {
    const el = show({ headingId: 'h1' });
    const name = el.querySelector('h2')!;
    expect(name.textContent).toBe('Safeguard Defenders');
    expect(name.id).toBe('h1');
    expect(el.querySelector('.ed-type')!.textContent).toBe('Organisation');
    expect(el.querySelector('.ed-summary')!.textContent).toBe('A human-rights NGO.');
    expect(el.querySelector('.ed-reviewed')!.textContent).toBe('Reviewed Nov 28, 2026');
  });

  it('numbers citations by first use, facts then positions, matching the source list', () => {
    const el = show();
    expect(texts(el, '.fact dt')).toEqual(['Founded', 'Known for']);
    expect(texts(el, '.fact .cite')).toEqual(['[1]', '[2][1]']);
    expect(texts(el, '.position .cite')).toEqual(['[2]', '[3]']);
    expect([...el.querySelectorAll('.citation')].map((li) => li.getAttribute('data-source-id'))).toEqual(['s-about', 's-report', 's-gt']);
  });

  it('puts the positions side by side in one list, each with its holder', () => {
    const list = show().querySelector('ul.positions')!;
    expect(list.getAttribute('data-count')).toBe('2');
    expect(texts(list, '.position-holder')).toEqual(['Safeguard Defenders', 'Global Times']);
    expect(texts(list, '.position-statement')).toEqual(['The stations pressure people to return.[2]', 'The claims are fabricated.[3]']);
  });

  it('shows empty states without facts, positions, sources or related entities', () => {
    const el = show({ view: view({ facts: [], positions: undefined, related: [] }) });
    expect(el.querySelector('.ed-empty')!.textContent).toBe('No key facts recorded.');
    expect(el.querySelector('.ed-positions')).toBeNull();
    expect(el.querySelector('.ed-sources')).toBeNull();
    expect(el.querySelector('.ed-related')).toBeNull();
    expect(el.querySelector('.ed-reviewed')).not.toBeNull();
  });

  it('marks each related entity with its id and previews it on hover or focus', async () => {
    const el = show({ onSelectRelated: () => {} });
    const items = [...el.querySelectorAll('.related-item')];
    expect(items.map((li) => li.getAttribute('data-entity-id'))).toEqual(['report-110-overseas', 'peter-dahlin']);
    const preview = el.querySelector('.related-preview')!;
    expect(preview.textContent).toBe('Point at a name to preview it.');
    await act(() => {
      items[1]!.querySelector('button')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      items[1]!.querySelector('button')!.dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(preview.textContent).toContain('Peter Dahlin');
    expect(preview.textContent).toContain('A co-founder.');
    await act(() => {
      items[0]!.querySelector('button')!.dispatchEvent(new FocusEvent('focus'));
    });
    expect(preview.textContent).toContain('A 2022 report.');
  });

  it('reports a chosen related entity', () => {
    const onSelectRelated = vi.fn();
    const el = show({ onSelectRelated });
    el.querySelector<HTMLButtonElement>('[data-entity-id="peter-dahlin"] button')!.click();
    expect(onSelectRelated).toHaveBeenCalledWith('peter-dahlin');
  });

  it('shows related entities as text when nothing handles a choice', () => {
    const el = show();
    expect(el.querySelectorAll('.related button')).toHaveLength(0);
    expect(texts(el, '.related-name')).toEqual(['110 Overseas', 'Peter Dahlin']);
  });

  it('renders pack text as text, never as markup', () => {
    const el = show({ view: view({ summary: '<img src=x onerror=alert(1)>' }) });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.ed-summary')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('can sit lower in a page outline', () => {
    const el = show({ headingLevel: 3 });
    expect(el.querySelector('h3.ed-name')).not.toBeNull();
    expect(texts(el, 'h4')).toEqual(['Key facts', 'Contested points', 'Sources', 'Related']);
  });

  it('carries the language of its text, and marks labels only when they are in another', () => {
    const zh = show({ view: multilingualView('lantern-line', 'zh-Hant') });
    expect(zh.querySelector('article')!.getAttribute('lang')).toBe('zh-Hant');
    expect(zh.querySelector('h2')!.textContent).toBe('燈籠熱線');
    expect(zh.querySelectorAll('[lang]:not(article):not(.related-item)')).toHaveLength(0);
    render(null, root);
    root.remove();
    const marked = show({ view: multilingualView('lantern-line', 'zh-Hant'), labelLang: 'en' });
    for (const selector of ['.ed-type', '.ed-facts .ed-heading', '.ed-sources .ed-heading', '.ed-reviewed', '.related-preview-hint']) {
      expect(marked.querySelector(selector)!.getAttribute('lang'), selector).toBe('en');
    }
    expect(marked.querySelector('.fact-label')!.hasAttribute('lang')).toBe(false);
  });

  it('formats the reviewed date in the language of the text', () => {
    expect(show({ view: multilingualView('lantern-line', 'zh-Hans') }).querySelector('.ed-reviewed')!.textContent).toBe('Reviewed 2026年12月1日');
  });

  it('says what a position was about when it is not the entity’s own case, and labels a general statement', () => {
    const el = show({ view: multilingualView('lantern-line', 'en') });
    const positions = [...el.querySelectorAll('.position')];
    expect(positions[0]!.querySelector('.position-about')).toBeNull();
    expect(positions[1]!.querySelector('.position-about')!.textContent).toBe("About: the helpline's office");
    expect(positions[1]!.querySelector('.position-about')!.classList.contains('is-general')).toBe(false);
    expect(positions[2]!.querySelector('.position-about.is-general')!.textContent).toBe('General statement, about: helplines abroad in general');
  });

  it('shows what it is given about the story before the sources that story cites', () => {
    const el = show({ story: <p class="story-slot">More</p> });
    const order = [...el.querySelectorAll('.ed-positions, .story-slot, .ed-sources')].map((e) => e.className);
    expect(order).toEqual(['ed-section ed-positions', 'story-slot', 'ed-section ed-sources']);
  });

  describe('copy buttons', () => {
    const copyButton = (el: HTMLElement, id: string) => el.querySelector<HTMLButtonElement>(`[data-source-id="${id}"] button.citation-copy`)!;

    it('has none without a way to copy', () => {
      expect(show().querySelector('button.citation-copy')).toBeNull();
    });

    it('hands up the source’s citation written out in the words of its labels, with the reviewed date the details show', () => {
      // The entity's own reviewed date (2026-11-28) wins over its pack's (2026-01), as on the "Reviewed" line.
      const onCopyCitation = vi.fn();
      const el = show({ onCopyCitation });
      act(() => copyButton(el, 's-report').click());
      expect(onCopyCitation).toHaveBeenCalledExactlyOnceWith(
        's-report',
        'Safeguard Defenders, “110 Overseas”, September 2022, https://example.org/report. ' +
          "Cited in Backstory's context pack “Test”, reviewed November 28, 2026.",
      );
    });

    it('writes the dates in the labels’ language, and marks the button and its status when that is not the text’s', () => {
      const onCopyCitation = vi.fn();
      const el = show({ view: multilingualView('lantern-line', 'zh-Hant'), labelLang: 'en', onCopyCitation });
      const button = el.querySelector<HTMLButtonElement>('button.citation-copy')!;
      expect(button.getAttribute('lang')).toBe('en');
      expect(button.parentElement!.querySelector('[role="status"]')!.getAttribute('lang')).toBe('en');
      act(() => button.click());
      const [, text] = onCopyCitation.mock.calls[0]! as [string, string];
      expect(text).toMatch(/^Example Daily, “A helpline under scrutiny”, March 20, 2023, https:\/\/example\.org\/paper\. /);
      expect(text).toMatch(/Cited in Backstory's context pack “燈籠熱線測試包”, reviewed December 1, 2026\.$/);
    });

    it('passes the copy status to the source it belongs to', () => {
      const el = show({ onCopyCitation: vi.fn(), copyStatus: { sourceId: 's-gt', copied: true } });
      expect(texts(el, '[role="status"]')).toEqual(['', '', 'Copied']);
    });
  });
});
