// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CountryTable, type CountryTableProps } from '../../components/CountryTable';
import { multilingualView } from './fixtures';
import { COUNTRY_LABELS, storyView } from './story-fixtures';

let root: HTMLDivElement;
function show(overrides: Partial<CountryTableProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  render(<CountryTable countries={storyView().countries} labels={COUNTRY_LABELS} labelledBy="countries-heading" locale="en" {...overrides} />, root);
  return root;
}
const texts = (el: ParentNode, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent);
const group = (el: ParentNode, code: string) => el.querySelector(`tbody[data-country="${code}"]`)!;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('CountryTable', () => {
  it('is named by the heading it is given, with the four column headings', () => {
    const el = show();
    expect(el.querySelector('table')!.getAttribute('aria-labelledby')).toBe('countries-heading');
    expect(texts(el, 'thead th')).toEqual(['Country', 'Reported', 'Response', 'Date']);
    expect([...el.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('scrolls in a region a keyboard can reach, named like the table', () => {
    const region = show().querySelector('.country-scroll')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('aria-labelledby')).toBe('countries-heading');
  });

  it('lists countries in the order and with the names the view gives', () => {
    expect(texts(show(), 'th.ct-country')).toEqual(['Germany', 'Netherlands', 'Sweden']);
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
    expect(nl.querySelector('.ct-host')!.textContent).toBe('Government position:Foreign ministryThe offices were illegal.[2]');
  });

  it('shows dates with the precision the pack has, in the language it is given', () => {
    expect(group(show(), 'DE').querySelector('.ct-date')!.textContent).toBe('Oct 2022');
    render(null, root);
    root.remove();
    expect(group(show({ locale: 'zh-Hant' }), 'DE').querySelector('.ct-date')!.textContent).toBe('2022年10月');
  });

  it('says so when a country has no response on record, and still shows its government position', () => {
    const se = group(show(), 'SE');
    expect(se.querySelector('.ct-none')!.textContent).toBe('No response on record');
    expect(se.querySelector('th.ct-country')!.getAttribute('rowspan')).toBe('2');
    expect(se.querySelector('.ct-host .position-statement')!.textContent).toBe('Takes the reports seriously.[5]');
  });

  it('prints the marks the view numbered', () => {
    const el = show();
    expect(group(el, 'NL').querySelector('.ct-reported .cite')!.textContent).toBe('[2][1]');
    expect(texts(group(el, 'NL'), '.ct-response .cite')).toEqual(['[2]', '[3]']);
    expect(group(el, 'DE').querySelector('.ct-response .cite')!.textContent).toBe('[4]');
  });

  it('labels a host position about another case', () => {
    const [nl] = multilingualView('lantern-line', 'en', true).countries.filter((c) => c.code === 'NL');
    const el = show({ countries: [{ ...nl!, hostPosition: { ...nl!.hostPosition!, about: 'the office', general: true } }] });
    expect(el.querySelector('.ct-host .position-about.is-general')!.textContent).toBe('General statement, about: the office');
  });

  it('marks its labels with their language when it is not the text’s', () => {
    const el = show({ labelLang: 'en', countries: multilingualView('lantern-line', 'zh-Hant', true).countries, locale: 'zh-Hant' });
    expect(el.querySelector('thead')!.getAttribute('lang')).toBe('en');
    expect([...el.querySelectorAll('.ct-action')].every((a) => a.getAttribute('lang') === 'en')).toBe(true);
    expect(el.querySelector('.ct-none')!.getAttribute('lang')).toBe('en');
    expect(show().querySelector('thead')!.hasAttribute('lang')).toBe(false);
  });

  it('renders pack text as text, never as markup', () => {
    const [row] = storyView().countries;
    const el = show({ countries: [{ ...row!, reported: { text: 'A <b>bold</b> claim', marks: [] } }] });
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('.ct-reported')!.textContent).toContain('A <b>bold</b> claim');
  });

  it('renders nothing without countries', () => {
    expect(show({ countries: [] }).innerHTML).toBe('');
  });
});
