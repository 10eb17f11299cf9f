import { formatPackDate } from '../lib/pack/date-text';
import type { CountryResponseView, CountryView } from '../lib/entity-view';
import type { ResponseAction } from '../lib/pack/schema';
import { Marks, PositionText } from './EntityDetails';

export interface CountryTableLabels {
  country: string;
  reported: string;
  response: string;
  date: string;
  actions: Record<ResponseAction, string>;
  /** Shown in a row of a country with no response on record. */
  noResponse: string;
  /** Introduces the host government's stated view. */
  hostPosition: string;
  /** For a host position about another case (EntityDetails' labels). */
  positionAbout: string;
  positionGeneral: string;
}

export interface CountryTableProps {
  /** Countries as the view model gives them: named and sorted in the reader's language, citations numbered (lib/entity-view.ts). */
  countries: readonly CountryView[];
  labels: CountryTableLabels;
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** BCP 47 language of the text, for dates. */
  locale: string;
  /** The language of `labels` when it is not the text's. */
  labelLang?: string;
}

/**
 * What each country reported and how its authorities responded, one row
 * per response, with the host government's view under them. Render only.
 */
export function CountryTable({ countries, labels, labelledBy, locale, labelLang }: CountryTableProps) {
  if (countries.length === 0) return null;
  return (
    // Focusable so that a keyboard can scroll it sideways in the narrow popup.
    <div class="country-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table class="country-table" aria-labelledby={labelledBy}>
        <thead lang={labelLang}>
          <tr>
            <th scope="col">{labels.country}</th>
            <th scope="col">{labels.reported}</th>
            <th scope="col">{labels.response}</th>
            <th scope="col">{labels.date}</th>
          </tr>
        </thead>
        {countries.map((row) => {
          const span = Math.max(1, row.responses.length) + (row.hostPosition ? 1 : 0);
          const [first, ...rest] = row.responses;
          return (
            <tbody key={row.code} class="ct-group" data-country={row.code}>
              <tr class="ct-row">
                <th scope="rowgroup" rowSpan={span} class="ct-country">
                  {row.name}
                </th>
                <td rowSpan={span} class="ct-reported">
                  {row.reported.text}
                  <Marks numbers={row.reported.marks} />
                </td>
                {first ? <ResponseCells response={first} labels={labels} locale={locale} labelLang={labelLang} /> : <NoResponse labels={labels} labelLang={labelLang} />}
              </tr>
              {rest.map((response, i) => (
                <tr class="ct-row" key={i}>
                  <ResponseCells response={response} labels={labels} locale={locale} labelLang={labelLang} />
                </tr>
              ))}
              {row.hostPosition ? (
                <tr class="ct-host">
                  <td colSpan={2}>
                    <p class="ct-host-label" lang={labelLang}>
                      {labels.hostPosition}
                    </p>
                    <PositionText position={row.hostPosition} labels={labels} />
                  </td>
                </tr>
              ) : null}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

interface CellsProps {
  response: CountryResponseView;
  labels: CountryTableLabels;
  locale: string;
  labelLang?: string;
}

function ResponseCells({ response, labels, locale, labelLang }: CellsProps) {
  return (
    <>
      <td class="ct-response" data-action={response.action}>
        <span class="ct-action" lang={labelLang}>
          {labels.actions[response.action] ?? response.action}
        </span>{' '}
        <span class="ct-actor">{response.actor}</span>
        {': '}
        <span class="ct-text">{response.text}</span>
        <Marks numbers={response.marks} />
      </td>
      <td class="ct-date">
        <time dateTime={response.date}>{formatPackDate(response.date, locale)}</time>
      </td>
    </>
  );
}

function NoResponse({ labels, labelLang }: { labels: CountryTableLabels; labelLang?: string }) {
  return (
    <>
      <td class="ct-response ct-none" lang={labelLang}>
        {labels.noResponse}
      </td>
      <td class="ct-date" />
    </>
  );
}
