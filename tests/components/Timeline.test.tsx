// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline, type TimelineProps } from '../../components/Timeline';
import { storyView, TIMELINE_LABELS } from './story-fixtures';

let root: HTMLDivElement;
function show(overrides: Partial<TimelineProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  render(<Timeline events={storyView().timeline} labels={TIMELINE_LABELS} labelledBy="timeline-heading" locale="en" {...overrides} />, root);
  return root;
}
const texts = (el: ParentNode, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Timeline', () => {
  it('lists events in the order the view gives (newest first), as one ordered list named by its heading', () => {
    const el = show();
    expect(el.querySelectorAll('ol')).toHaveLength(1);
    expect(el.querySelector('ol')!.getAttribute('aria-labelledby')).toBe('timeline-heading');
    expect(texts(el, '.tl-date')).toEqual(['May 16, 2023', 'Nov 2, 2022', 'Nov 1, 2022', 'Sep 12, 2022']);
    expect([...el.querySelectorAll('.tl-date')].map((t) => t.getAttribute('datetime'))).toEqual(['2023-05-16', '2022-11-02', '2022-11-01', '2022-09-12']);
  });

  it("puts China's government and state media in their own lane on the same line of time", () => {
    const el = show();
    expect([...el.querySelectorAll('.tl-event')].map((li) => li.getAttribute('data-lane'))).toEqual(['china', 'china', 'others', 'others']);
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

  it('prints the marks the view numbered', () => {
    // s-report is [1] from the fact; the events continue in the order shown.
    expect(texts(show(), '.tl-text .cite')).toEqual(['[6][1]', '[7]', '[3]', '[1]']);
  });

  it('formats dates in the language it is given', () => {
    expect(texts(show({ locale: 'zh-Hans' }), '.tl-date')[0]).toBe('2023年5月16日');
  });

  it('marks the side names with their language when it is not the text’s', () => {
    const el = show({ labelLang: 'en' });
    expect([...el.querySelectorAll('.tl-side')].every((s) => s.getAttribute('lang') === 'en')).toBe(true);
  });

  it('renders pack text as text, never as markup', () => {
    const [first] = storyView().timeline;
    const el = show({ events: [{ ...first!, text: 'Said <i>no</i>.' }] });
    expect(el.querySelector('i')).toBeNull();
    expect(el.querySelector('.tl-text')!.textContent).toContain('Said <i>no</i>.');
  });

  it('renders nothing without events', () => {
    expect(show({ events: [] }).innerHTML).toBe('');
  });
});
