import { citationMarks, formatPackDate, type CitationNumbers } from '../lib/citations';
import type { Country, ResponseAction } from '../lib/pack/schema';
import { regionName } from '../lib/region-name';

export interface CountryTableLabels {
  /** The table's caption, e.g. "Responses by country". */
  caption: string;
  country: string;
  reported: string;
  response: string;
  date: string;
  actions: Record<ResponseAction, string>;
  /** Shown in a row of a country with no response on record. */
  noResponse: string;
  /** Introduces the host government's stated view. */
  hostPosition: string;
}

export interface CountryTableProps {
  countries: readonly Country[];
  /** The entity's shared numbering (lib/story-citations.ts), so [n] matches its source list. */
  citations: Pick<CitationNumbers, 'numbersOf'>;
  labels: CountryTableLabels;
  /** BCP 47 locale of the UI: country names, dates and their order. */
  locale?: string;
}

function Marks({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null;
  return <sup class="cite">{citationMarks(numbers)}</sup>;
}

/**
 * What each country reported and how its authorities responded, one row
 * per response, with the host government's view under them. Countries are
 * named in the UI language and listed alphabetically in it, so a reader
 * finds their own. Render only.
 */
export function CountryTable({ countries, citations, labels, locale = 'en' }: CountryTableProps) {
  if (countries.length === 0) return null;
  const named = countries.map((row) => ({ row, name: regionName(row.country, locale) }));
  const collator = new Intl.Collator([locale, 'en']);
  named.sort((a, b) => collator.compare(a.name, b.name));

  return (
    <table class="country-table">
      <caption class="ct-caption">{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.country}</th>
          <th scope="col">{labels.reported}</th>
          <th scope="col">{labels.response}</th>
          <th scope="col">{labels.date}</th>
        </tr>
      </thead>
      {named.map(({ row, name }) => {
        const span = Math.max(1, row.responses.length) + (row.hostPosition ? 1 : 0);
        const [first, ...rest] = row.responses;
        const head = (
          <>
            <th scope="rowgroup" rowSpan={span} class="ct-country">
              {name}
            </th>
            <td rowSpan={span} class="ct-reported">
              {row.reported.text}
              <Marks numbers={citations.numbersOf(row.reported.sources)} />
            </td>
          </>
        );
        return (
          <tbody key={row.country} class="ct-group" data-country={row.country}>
            <tr class="ct-row">
              {head}
              {first ? <ResponseCells response={first} citations={citations} labels={labels} locale={locale} /> : <NoResponse labels={labels} />}
            </tr>
            {rest.map((response, i) => (
              <tr class="ct-row" key={i}>
                <ResponseCells response={response} citations={citations} labels={labels} locale={locale} />
              </tr>
            ))}
            {row.hostPosition ? (
              <tr class="ct-host">
                <td colSpan={2}>
                  <span class="ct-host-label">{labels.hostPosition}</span> <span class="ct-host-holder">{row.hostPosition.holder}</span>
                  {': '}
                  <span class="ct-host-statement">{row.hostPosition.statement}</span>
                  <Marks numbers={citations.numbersOf(row.hostPosition.sources)} />
                </td>
              </tr>
            ) : null}
          </tbody>
        );
      })}
    </table>
  );
}

interface ResponseCellsProps {
  response: Country['responses'][number];
  citations: Pick<CitationNumbers, 'numbersOf'>;
  labels: CountryTableLabels;
  locale: string;
}

function ResponseCells({ response, citations, labels, locale }: ResponseCellsProps) {
  return (
    <>
      <td class="ct-response" data-action={response.action}>
        <span class="ct-action">{labels.actions[response.action] ?? response.action}</span>{' '}
        <span class="ct-actor">{response.actor}</span>
        {': '}
        <span class="ct-text">{response.text}</span>
        <Marks numbers={citations.numbersOf(response.sources)} />
      </td>
      <td class="ct-date">
        <time dateTime={response.date}>{formatPackDate(response.date, locale)}</time>
      </td>
    </>
  );
}

function NoResponse({ labels }: { labels: CountryTableLabels }) {
  return (
    <>
      <td class="ct-response ct-none">{labels.noResponse}</td>
      <td class="ct-date" />
    </>
  );
}
