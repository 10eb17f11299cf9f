// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CountryTable, type CountryTableProps } from '../../components/CountryTable';
import { numberEntityCitations } from '../../lib/story-citations';
import { COUNTRIES, COUNTRY_LABELS } from './story-fixtures';

/** The numbering an entity with one fact (citing s-report) and these rows would have. */
const CITATIONS = numberEntityCitations({ facts: [{ label: 'Count', value: '54', sources: ['s-report'] }], countries: COUNTRIES });

let root: HTMLDivElement;
function show(overrides: Partial<CountryTableProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  render(<CountryTable countries={COUNTRIES} citations={CITATIONS} labels={COUNTRY_LABELS} {...overrides} />, root);
  return root;
}
const texts = (el: ParentNode, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);
const group = (el: ParentNode, code: string) => el.querySelector(`tbody[data-country="${code}"]`)!;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('CountryTable', () => {
  it('has a caption and the four column headings', () => {
    const el = show();
    expect(el.querySelector('caption')!.textContent).toBe('Responses by country');
    expect(texts(el, 'thead th')).toEqual(['Country', 'Reported', 'Response', 'Date']);
    expect([...el.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('names countries in the UI language and lists them alphabetically in it', () => {
    expect(texts(show(), 'th.ct-country')).toEqual(['Germany', 'Netherlands', 'Sweden']);
    render(null, root);
    root.remove();
    expect(texts(show({ locale: 'de' }), 'th.ct-country')).toEqual(['Deutschland', 'Niederlande', 'Schweden']);
    render(null, root);
    root.remove();
    expect(texts(show({ locale: 'zh-CN' }), 'th.ct-country').sort()).toEqual(['德国', '瑞典', '荷兰'].sort());
  });

  it('gives each response its own row with action, actor, text and date', () => {
    const nl = group(show(), 'NL');
    expect(texts(nl, '.ct-action')).toEqual(['Investigation', 'Closure ordered']);
    expect(texts(nl, '.ct-actor')).toEqual(['Foreign ministry', 'Foreign minister']);
    expect(texts(nl, '.ct-text')).toEqual(['Said it would investigate.', 'Ordered both closed.']);
    expect(texts(nl, '.ct-date time')).toEqual(['Oct 26, 2022', 'Nov 1, 2022']);
    expect([...nl.querySelectorAll('.ct-date time')].map((t) => t.getAttribute('datetime'))).toEqual(['2022-10-26', '2022-11-01']);
    expect([...nl.querySelectorAll('.ct-response')].map((td) => td.getAttribute('data-action'))).toEqual(['investigation-opened', 'closure-ordered']);
  });

  it('spans the country and what was reported over all its rows, the host position included', () => {
    const nl = group(show(), 'NL');
    expect(nl.querySelectorAll('tr')).toHaveLength(3);
    expect(nl.querySelector('th.ct-country')!.getAttribute('rowspan')).toBe('3');
    expect(nl.querySelector('td.ct-reported')!.getAttribute('rowspan')).toBe('3');
    expect(nl.querySelector('.ct-host')!.textContent).toBe('Government position: Foreign ministry: The offices were illegal.[2]');
  });

  it('shows dates with the precision the pack has', () => {
    expect(group(show(), 'DE').querySelector('.ct-date')!.textContent).toBe('Oct 2022');
  });

  it('says so when a country has no response on record, and still shows its government position', () => {
    const se = group(show(), 'SE');
    expect(se.querySelector('.ct-none')!.textContent).toBe('No response on record');
    expect(se.querySelector('th.ct-country')!.getAttribute('rowspan')).toBe('2');
    expect(se.querySelector('.ct-host-statement')!.textContent).toBe('Takes the reports seriously.');
  });

  it("numbers citations with the entity's shared numbering", () => {
    const el = show();
    // s-report is [1] from the entity's fact; the rows continue from there.
    expect(group(el, 'NL').querySelector('.ct-reported .cite')!.textContent).toBe('[2][1]');
    expect(texts(group(el, 'NL'), '.ct-response .cite')).toEqual(['[2]', '[3]']);
    expect(group(el, 'DE').querySelector('.ct-response .cite')!.textContent).toBe('[4]');
    expect(group(el, 'SE').querySelector('.ct-host .cite')!.textContent).toBe('[5]');
  });

  it('leaves out marks for sources outside the numbering', () => {
    const el = show({ citations: { numbersOf: () => [] } });
    expect(el.querySelectorAll('.cite')).toHaveLength(0);
  });

  it('renders pack text as text, never as markup', () => {
    const row = { ...COUNTRIES[1]!, reported: { text: 'A <b>bold</b> claim', sources: ['s-report'] } };
    const el = show({ countries: [row] });
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('.ct-reported')!.textContent).toContain('A <b>bold</b> claim');
  });

  it('renders nothing without countries', () => {
    expect(show({ countries: [] }).innerHTML).toBe('');
  });
});
