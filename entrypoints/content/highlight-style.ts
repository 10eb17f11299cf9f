/**
 * Applies the user's highlight style live. The manifest stylesheet paints
 * the default; another style is a constructed stylesheet laid over it in
 * the document and its open shadow roots (dom/shadow-style.ts), which adds
 * no node to the page (DESIGN.md §2.2). The default leaves no sheet behind.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setHighlightOverride } from '../../dom/shadow-style';
import { highlightStyle, type HighlightStyle } from '../../extension/settings';
import { DEFAULT_HIGHLIGHT_STYLE, highlightStyleCss } from '../../lib/highlight-style';

export async function followHighlightStyle(ctx: ContentScriptContext): Promise<void> {
  const apply = (style: HighlightStyle) => {
    if (ctx.isInvalid) return;
    setHighlightOverride(document, style === DEFAULT_HIGHLIGHT_STYLE ? '' : highlightStyleCss(style));
  };
  const unwatch = highlightStyle.watch(apply);
  ctx.onInvalidated(() => {
    unwatch();
    setHighlightOverride(document, '');
  });
  apply(await highlightStyle.getValue());
}
