import { describe, expect, it } from 'vitest';
import { DEFAULT_HIGHLIGHT_STYLE, highlightStyleCss } from '../../lib/highlight-style';
import { HIGHLIGHT_STYLES } from '../../lib/settings-schema';

describe('highlightStyleCss', () => {
  it.each(HIGHLIGHT_STYLES)('%s styles only the backstory-mention highlight, with colours and decoration only', (style) => {
    const css = highlightStyleCss(style);
    expect(css.startsWith('::highlight(backstory-mention) {')).toBe(true);
    const properties = [...css.matchAll(/([a-z-]+):/g)].map((m) => m[1]);
    expect(properties.every((p) => p === 'background-color' || p === 'text-decoration')).toBe(true);
  });

  it('paints nothing for "none" and no underline for "background"', () => {
    expect(highlightStyleCss('none')).toContain('background-color: transparent');
    expect(highlightStyleCss('none')).toContain('text-decoration: none');
    expect(highlightStyleCss('background')).toContain('text-decoration: none');
  });

  it('defaults to the manifest stylesheet’s look', () => {
    expect(DEFAULT_HIGHLIGHT_STYLE).toBe('underline');
  });
});
