import { formatPackDate, httpsHref } from '../lib/citations';
import { fill } from '../lib/fill';
import type { Source } from '../lib/pack/schema';

export interface CitationListLabels {
  /** Text of the link to a source's archived copy. */
  archived: string;
  /** After a linked source read in another outlet's copy: "via $1". */
  via: string;
  /** After a source without a link, naming where it was seen: "no link: seen via $1". */
  noLink: string;
}

export interface CitationListProps {
  /** Sources in citation order: the first is [1]. */
  sources: readonly Source[];
  labels: CitationListLabels;
  /** BCP 47 locale for dates. */
  locale?: string;
}

/**
 * Numbered sources: title, publisher, date, and the outlet whose copy was
 * read (`via`), which for a source without a link says so in words. Only https: URLs become links,
 * and every link opens in a new tab without handing the page a reference to
 * ours or the current URL (`noopener noreferrer`). Render only.
 */
export function CitationList({ sources, labels, locale = 'en' }: CitationListProps) {
  if (sources.length === 0) return null;
  return (
    <ol class="citations">
      {sources.map((source, i) => {
        const href = httpsHref(source.url);
        const archive = httpsHref(source.archiveUrl);
        return (
          <li key={source.id} class="citation" data-source-id={source.id}>
            <span class="citation-number">[{i + 1}]</span>{' '}
            <span class="citation-text">
              {href ? (
                <a class="citation-title" href={href} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                <span class="citation-title">{source.title}</span>
              )}
              <span class="citation-meta">
                {' · '}
                {source.publisher}
                {source.date ? `, ${formatPackDate(source.date, locale)}` : ''}
              </span>
              {source.via ? (
                <span class={href ? 'citation-via' : 'citation-via is-unlinked'}>
                  {' · '}
                  {fill(href ? labels.via : labels.noLink, source.via)}
                </span>
              ) : null}
              {archive ? (
                <>
                  {' · '}
                  <a class="citation-archive" href={archive} target="_blank" rel="noopener noreferrer">
                    {labels.archived}
                  </a>
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
