/**
 * The look of each highlight style as `::highlight(backstory-mention)` rules.
 * The content script's manifest stylesheet paints the default ('underline');
 * the other styles are laid over it by a constructed stylesheet, and the
 * options page previews each one with these same rules.
 */
import type { HighlightStyle } from './settings-schema';

export const DEFAULT_HIGHLIGHT_STYLE: HighlightStyle = 'underline';

const SELECTOR = '::highlight(backstory-mention)';

// `!important`: the override must win over the manifest rule whatever order the browser gives the two sheets.
const RULES: Record<HighlightStyle, string> = {
  // The manifest rule's look (assets/highlight.css): a dotted underline on a faint tint.
  underline:
    'background-color: rgb(124 92 214 / 0.14) !important; text-decoration: underline dotted rgb(124 92 214 / 0.9) 2px !important;',
  background: 'background-color: rgb(124 92 214 / 0.22) !important; text-decoration: none !important;',
  // Still registered (the badge counts, the card opens on hover), only invisible.
  none: 'background-color: transparent !important; text-decoration: none !important;',
};

export function highlightStyleCss(style: HighlightStyle): string {
  return `${SELECTOR} { ${RULES[style]} }`;
}
