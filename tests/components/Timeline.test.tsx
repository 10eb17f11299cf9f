// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline, type TimelineProps } from '../../components/Timeline';
import { numberEntityCitations } from '../../lib/story-citations';
import { newestFirst } from '../../lib/timeline';
import { EVENTS, TIMELINE_LABELS } from './story-fixtures';

/** The numbering of an entity with one fact (citing s-report) and these events, in the order shown. */
const CITATIONS = numberEntityCitations({ facts: [{ label: 'Count', value: '54', sources: ['s-report'] }] }, newestFirst(EVENTS));

let root: HTMLDivElement;
function show(overrides: Partial<TimelineProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  render(<Timeline events={EVENTS} citations={CITATIONS} labels={TIMELINE_LABELS} {...overrides} />, root);
  return root;
}
const texts = (el: ParentNode, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Timeline', () => {
  it('lists events newest first, in an ordered list with an accessible name', () => {
    const el = show();
    expect(el.querySelector('ol')!.getAttribute('aria-label')).toBe('Timeline');
    expect(texts(el, '.tl-date')).toEqual(['May 16, 2023', 'Nov 2, 2022', 'Nov 1, 2022', 'Sep 12, 2022']);
    expect([...el.querySelectorAll('.tl-date')].map((t) => t.getAttribute('datetime'))).toEqual(['2023-05-16', '2022-11-02', '2022-11-01', '2022-09-12']);
  });

  it("puts China's government and state media in their own lane on the same line of time", () => {
    const el = show();
    expect([...el.querySelectorAll('.tl-event')].map((li) => li.getAttribute('data-lane'))).toEqual(['china', 'china', 'others', 'others']);
    expect(el.querySelectorAll('ol.tl-events')).toHaveLength(1);
    expect(texts(el, '.tl-lane-head')).toEqual(['Others', 'Chinese government and state media']);
  });

  it('names the side and the speaker of each event in words', () => {
    expect(texts(show(), '.tl-speaker')).toEqual([
      'Chinese state media · Global Times',
      "Chinese government · China's Ministry of Foreign Affairs",
      'Government · Dutch foreign minister',
      'NGO · An NGO',
    ]);
  });

  it("numbers citations with the entity's shared numbering", () => {
    // s-report is [1] from the fact; the events continue in the order shown.
    expect(texts(show(), '.tl-text .cite')).toEqual(['[2][1]', '[3]', '[4]', '[1]']);
  });

  it('formats dates for the UI language', () => {
    expect(texts(show({ locale: 'zh-CN' }), '.tl-date')[0]).toBe('2023年5月16日');
  });

  it('renders pack text as text, never as markup', () => {
    const el = show({ events: [{ ...EVENTS[0]!, text: 'Said <i>no</i>.' }] });
    expect(el.querySelector('i')).toBeNull();
    expect(el.querySelector('.tl-text')!.textContent).toContain('Said <i>no</i>.');
  });

  it('renders nothing without events', () => {
    expect(show({ events: [] }).innerHTML).toBe('');
  });
});
