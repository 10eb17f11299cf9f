// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityStory, type EntityStoryLabels, type EntityStoryProps } from '../../components/EntityStory';
import { multilingualView } from './fixtures';
import { COUNTRY_LABELS, TIMELINE_LABELS } from './story-fixtures';

const LABELS: EntityStoryLabels = { ...COUNTRY_LABELS, ...TIMELINE_LABELS, countries: 'By country', timeline: 'Timeline' };

let root: HTMLDivElement;
function show(overrides: Partial<EntityStoryProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  render(<EntityStory view={multilingualView('lantern-line', 'zh-Hant', true)} labels={LABELS} headingLevel={2} idPrefix="story-x" {...overrides} />, root);
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('EntityStory', () => {
  it('shows the country table and the timeline under headings one level below the name, which name them', () => {
    const el = show();
    const headings = [...el.querySelectorAll('h3')];
    expect(headings.map((h) => [h.id, h.textContent, h.getAttribute('tabindex')])).toEqual([
      ['story-x-countries', 'By country', '-1'],
      ['story-x-timeline', 'Timeline', '-1'],
    ]);
    expect(el.querySelector('table')!.getAttribute('aria-labelledby')).toBe('story-x-countries');
    expect(el.querySelector('ol.tl-events')!.getAttribute('aria-labelledby')).toBe('story-x-timeline');
  });

  it('shows them in the language of the view, dates included', () => {
    const el = show();
    expect(el.querySelector('.ct-actor')!.textContent).toBe('烏特勒支警方');
    expect(el.querySelector('.tl-date')!.textContent).toBe('2023年4月18日');
  });

  it('shows neither for a view without them (a card view, or an entity with no story)', () => {
    expect(show({ view: multilingualView('lantern-line', 'en') }).innerHTML).toBe('');
    render(null, root);
    root.remove();
    expect(show({ view: multilingualView('mira-osk', 'en', true) }).innerHTML).toBe('');
  });
});
