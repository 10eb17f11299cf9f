/**
 * Applies the user's highlight style live. The manifest stylesheet paints
 * the default; another style is a constructed stylesheet adopted by the
 * document, which adds no node to the page (DESIGN.md §2.2) and is replaced
 * or dropped when the setting changes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { highlightStyle, type HighlightStyle } from '../../extension/settings';
import { DEFAULT_HIGHLIGHT_STYLE, highlightStyleCss } from '../../lib/highlight-style';

export async function followHighlightStyle(ctx: ContentScriptContext): Promise<void> {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  const adopted = () => document.adoptedStyleSheets.includes(sheet);
  const remove = () => {
    if (adopted()) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  const apply = (style: HighlightStyle) => {
    if (ctx.isInvalid) return;
    if (style === DEFAULT_HIGHLIGHT_STYLE) return remove();
    sheet.replaceSync(highlightStyleCss(style));
    if (!adopted()) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  const unwatch = highlightStyle.watch(apply);
  ctx.onInvalidated(() => {
    unwatch();
    remove();
  });
  apply(await highlightStyle.getValue());
}
