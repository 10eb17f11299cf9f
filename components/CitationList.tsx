import { useLayoutEffect, useRef } from 'preact/hooks';
import { httpsHref } from '../lib/citations';
import { formatPackDate } from '../lib/pack/date-text';
import { fill } from '../lib/fill';
import type { Source } from '../lib/pack/schema';

export interface CitationListLabels {
  /** Text of the link to a source's archived copy. */
  archived: string;
  /** After a linked source read in another outlet's copy: "via $1". */
  via: string;
  /** After a source without a link, naming where it was seen: "no link: seen via $1". */
  noLink: string;
  /** Visible text of a source's copy button. */
  copy: string;
  /** The copy button's accessible name, naming the source: "Copy citation: $1". */
  copyLabel: string;
  /** Said once the citation is on the clipboard. */
  copied: string;
  /** Said when the clipboard refused: the citation is shown selected, to copy by hand. */
  copyFailed: string;
  /** Accessible name of the field that shows a citation to copy by hand: "Citation: $1". */
  citationField: string;
}

/** What became of the last copy, shown beside that source until the surface clears it. */
export type CopyStatus =
  | { sourceId: string; copied: true }
  /** The clipboard refused: `text` is the citation, to be copied by hand. */
  | { sourceId: string; copied: false; text: string };

export interface CitationListProps {
  /** Sources in citation order: the first is [1]. */
  sources: readonly Source[];
  labels: CitationListLabels;
  /** BCP 47 locale for dates. */
  locale?: string;
  /** The language of `labels` when it is not the text's: marked on the copy button and what it says. */
  labelLang?: string;
  /** The reader asked to copy a source's citation. Without it, sources have no copy button. */
  onCopy?: (source: Source) => void;
  copyStatus?: CopyStatus | null;
}

/**
 * Numbered sources: title, publisher, date, the outlet whose copy was read
 * (`via`), which for a source without a link says so in words, and a button
 * that copies the source as a citation. Only https: URLs become links, and
 * every link opens in a new tab without handing the page a reference to ours
 * or the current URL (`noopener noreferrer`). Render only: the surface writes
 * the clipboard and says how that went through `copyStatus`.
 */
export function CitationList({ sources, labels, locale = 'en', labelLang, onCopy, copyStatus }: CitationListProps) {
  if (sources.length === 0) return null;
  return (
    <ol class="citations">
      {sources.map((source, i) => {
        const href = httpsHref(source.url);
        const archive = httpsHref(source.archiveUrl);
        const status = copyStatus?.sourceId === source.id ? copyStatus : null;
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
              {onCopy ? (
                <>
                  {' '}
                  <button type="button" class="citation-copy" lang={labelLang} aria-label={fill(labels.copyLabel, source.title)} onClick={() => onCopy(source)}>
                    {labels.copy}
                  </button>
                  {/* Always in the tree, so that screen readers announce what appears in it. */}
                  <span class={`citation-status${status?.copied === false ? ' is-failed' : ''}`} role="status" lang={labelLang}>
                    {status ? (status.copied ? labels.copied : labels.copyFailed) : ''}
                  </span>
                  {status?.copied === false ? <CopyByHand text={status.text} label={fill(labels.citationField, source.title)} lang={labelLang} /> : null}
                </>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The citation in a read-only field, focused and selected, so that Ctrl+C is all that is left to do. */
function CopyByHand({ text, label, lang }: { text: string; label: string; lang: string | undefined }) {
  const field = useRef<HTMLTextAreaElement>(null);
  // A layout effect, in the same task as the field appears: an effect waits for the next frame, and a
  // card in a tab that is not painting (a background window) would show the field unfocused for 100 ms.
  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    el.select();
    // Selecting scrolls to the end; the reader should see where the citation begins.
    el.scrollTop = 0;
  }, [text]);
  return <textarea ref={field} class="citation-field" lang={lang} readOnly rows={5} aria-label={label} value={text} />;
}
