import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HIGHLIGHT_STYLE, highlightStyleCss } from '../../lib/highlight-style';
import { HIGHLIGHT_STYLES } from '../../lib/settings-schema';

/** The stylesheet pages get: declared in the manifest with the content script, adopted into shadow roots. */
const SHEET = readFileSync(resolve(import.meta.dirname, '../../assets/highlight.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of the rule for `selector` in `css`, without `!important`, as property → value. */
function declarations(css: string, selector: string): Record<string, string> {
  const body = css.split(`${selector} {`)[1]?.split('}')[0];
  if (body === undefined) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [property, ...value] = d.split(':');
        return [property!.trim(), value.join(':').replace('!important', '').trim()];
      }),
  );
}

const MENTION = '::highlight(backstory-mention)';

describe('highlightStyleCss', () => {
  it.each(HIGHLIGHT_STYLES)('%s styles only the backstory-mention highlight, with colours and decoration only', (style) => {
    const css = highlightStyleCss(style);
    expect(css.startsWith(`${MENTION} {`)).toBe(true);
    expect(Object.keys(declarations(css, MENTION)).sort()).toEqual(['background-color', 'text-decoration']);
  });

  it('paints nothing for "none" and no underline for "background"', () => {
    expect(declarations(highlightStyleCss('none'), MENTION)).toEqual({ 'background-color': 'transparent', 'text-decoration': 'none' });
    expect(declarations(highlightStyleCss('background'), MENTION)['text-decoration']).toBe('none');
  });

  it('lays the default style over the stylesheet with the stylesheet’s own look, so that the two cannot drift apart', () => {
    expect(declarations(highlightStyleCss(DEFAULT_HIGHLIGHT_STYLE), MENTION)).toEqual(declarations(SHEET, MENTION));
  });

  it('differs from the stylesheet in every other style, so that choosing one changes something', () => {
    for (const style of HIGHLIGHT_STYLES.filter((s) => s !== DEFAULT_HIGHLIGHT_STYLE)) {
      expect(declarations(highlightStyleCss(style), MENTION)).not.toEqual(declarations(SHEET, MENTION));
    }
  });
});
