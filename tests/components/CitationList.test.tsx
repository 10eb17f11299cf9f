// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitationList, type CitationListProps } from '../../components/CitationList';
import { LABELS, SOURCES } from './fixtures';

let root: HTMLDivElement;
function show(overrides: Partial<CitationListProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  render(<CitationList sources={SOURCES} labels={LABELS} {...overrides} />, root);
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('CitationList', () => {
  it('numbers sources in the order given, with title, publisher and date', () => {
    const items = [...show().querySelectorAll('li.citation')];
    expect(items.map((li) => li.getAttribute('data-source-id'))).toEqual(['s-about', 's-report', 's-gt']);
    expect(items.map((li) => li.querySelector('.citation-number')!.textContent)).toEqual(['[1]', '[2]', '[3]']);
    expect(items[1]!.textContent).toContain('110 Overseas');
    expect(items[1]!.textContent).toContain('Safeguard Defenders, Sep 2022');
    expect(items[2]!.textContent).toContain('Global Times, May 16, 2023');
    expect(items[0]!.textContent).not.toContain(',');
  });

  it('formats dates for the given locale', () => {
    expect(show({ locale: 'zh-CN' }).textContent).toContain('2023年5月16日');
  });

  it('links https sources to a new tab without opener or referrer', () => {
    const links = [...show().querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/about',
      'https://example.org/report',
      'https://archive.example.org/report',
      'https://example.org/gt',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(links[2]!.textContent).toBe('archived copy');
  });

  it('refuses to link a URL that is not https', () => {
    const bad = [
      { ...SOURCES[0]!, url: 'javascript:alert(1)' },
      { ...SOURCES[1]!, url: 'http://example.org/plain', archiveUrl: 'data:text/html,x' },
    ];
    const el = show({ sources: bad });
    expect(el.querySelectorAll('a')).toHaveLength(0);
    expect(el.textContent).toContain('About us');
    expect(el.textContent).toContain('110 Overseas');
    expect(el.textContent).not.toContain('archived copy');
  });

  describe('copying a citation', () => {
    const buttons = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('button.citation-copy')];
    const statusOf = (el: HTMLElement, id: string) => el.querySelector(`[data-source-id="${id}"] [role="status"]`)!;

    it('has no copy buttons unless the surface can copy', () => {
      expect(buttons(show())).toEqual([]);
      expect(show().querySelectorAll('[role="status"]')).toHaveLength(0);
    });

    it('gives each source a button named after it, which hands that source to the surface', () => {
      const onCopy = vi.fn();
      const el = show({ onCopy });
      expect(buttons(el).map((b) => [b.textContent, b.getAttribute('aria-label'), b.type])).toEqual([
        ['Copy', 'Copy citation: About us', 'button'],
        ['Copy', 'Copy citation: 110 Overseas', 'button'],
        ['Copy', 'Copy citation: Rebuttal', 'button'],
      ]);
      act(() => buttons(el)[1]!.click());
      expect(onCopy).toHaveBeenCalledExactlyOnceWith(SOURCES[1]);
    });

    it('keeps an empty live region by each button, and says "Copied" in the copied source’s only', () => {
      const el = show({ onCopy: vi.fn(), copyStatus: null });
      expect([...el.querySelectorAll('[role="status"]')].map((s) => s.textContent)).toEqual(['', '', '']);
      render(<CitationList sources={SOURCES} labels={LABELS} onCopy={vi.fn()} copyStatus={{ sourceId: 's-report', copied: true }} />, root);
      expect([...el.querySelectorAll('[role="status"]')].map((s) => s.textContent)).toEqual(['', 'Copied', '']);
      expect(el.querySelector('textarea')).toBeNull();
    });

    it('shows a refused citation selected in a field, focused, with how to copy it by hand', () => {
      const text = 'Global Times, “Rebuttal”, May 16, 2023, https://example.org/gt. Cited in …';
      // No act(): the field is focused and selected in the same render that shows it, not a frame later.
      const el = show({ onCopy: vi.fn(), copyStatus: { sourceId: 's-gt', copied: false, text } });
      expect(statusOf(el, 's-gt').textContent).toBe(LABELS.copyFailed);
      const field = el.querySelector<HTMLTextAreaElement>('[data-source-id="s-gt"] textarea')!;
      expect(field.value).toBe(text);
      expect(field.readOnly).toBe(true);
      expect(field.getAttribute('aria-label')).toBe('Citation: Rebuttal');
      expect(document.activeElement).toBe(field);
      expect([field.selectionStart, field.selectionEnd]).toEqual([0, text.length]);
      expect(el.querySelectorAll('textarea')).toHaveLength(1);
    });
  });

  it('renders nothing without sources', () => {
    expect(show({ sources: [] }).childElementCount).toBe(0);
  });

  it('says where an unlinked source was seen, and which copy of a linked one was read', () => {
    const sources = [
      { id: 's-repost', title: 'A statement', publisher: 'A ministry', via: 'example.net, a repost', kind: 'official' as const },
      { id: 's-copy', title: 'A report', publisher: 'A paper', url: 'https://example.org/copy', via: 'Another paper (reprint)', kind: 'news' as const },
    ];
    const [unlinked, copy] = [...show({ sources }).querySelectorAll('li.citation')];
    expect(unlinked!.querySelector('a')).toBeNull();
    expect(unlinked!.querySelector('.citation-via.is-unlinked')!.textContent).toBe(' · no link: seen via example.net, a repost');
    expect(copy!.querySelector('a')!.getAttribute('href')).toBe('https://example.org/copy');
    expect(copy!.querySelector('.citation-via')!.textContent).toBe(' · via Another paper (reprint)');
    expect(copy!.querySelector('.citation-via')!.classList.contains('is-unlinked')).toBe(false);
  });
});
