/**
 * A sentence painted exactly as pages are: a `backstory-mention` highlight
 * styled by the stylesheet pages get (assets/highlight.css), with the chosen
 * style laid over it the way entrypoints/content/highlight-style.ts does.
 */
import { useEffect, useRef } from 'preact/hooks';
import highlightCss from '../../assets/highlight.css?inline';
import { HIGHLIGHT_NAME } from '../../dom/highlight-painter';
import { DEFAULT_HIGHLIGHT_STYLE, highlightStyleCss } from '../../lib/highlight-style';
import type { HighlightStyle } from '../../lib/settings-schema';

export interface HighlightPreviewProps {
  style: HighlightStyle;
  /** The sentence around the highlighted name: what comes before it, the name, what comes after. */
  before: string;
  name: string;
  after: string;
  label: string;
  badgeLabel: string;
}

export function HighlightPreview({ style, before, name, after, label, badgeLabel }: HighlightPreviewProps) {
  const nameRef = useRef<HTMLSpanElement>(null);
  const sheets = useRef<{ base: CSSStyleSheet; style: CSSStyleSheet } | null>(null);

  useEffect(() => {
    if (typeof CSSStyleSheet !== 'function') return;
    const base = new CSSStyleSheet();
    base.replaceSync(highlightCss);
    const over = new CSSStyleSheet();
    sheets.current = { base, style: over };
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, base, over];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== base && s !== over);
    };
  }, []);

  useEffect(() => {
    sheets.current?.style.replaceSync(style === DEFAULT_HIGHLIGHT_STYLE ? '' : highlightStyleCss(style));
  }, [style]);

  useEffect(() => {
    const el = nameRef.current;
    if (!el || typeof Highlight !== 'function' || !CSS.highlights) return;
    const range = document.createRange();
    range.selectNodeContents(el);
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    return () => void CSS.highlights.delete(HIGHLIGHT_NAME);
  }, [name]);

  return (
    <figure class="preview">
      <figcaption class="preview-label">{label}</figcaption>
      <div class="preview-page">
        <p class="preview-text" data-style={style}>
          {before}
          <span ref={nameRef}>{name}</span>
          {after}
        </p>
        <span class="preview-badge" title={badgeLabel}>
          <span class="preview-icon" aria-hidden="true">B</span>
          <span class="preview-count" aria-label={badgeLabel}>
            1
          </span>
        </span>
      </div>
    </figure>
  );
}
