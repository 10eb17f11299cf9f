/**
 * The demo's Chinese paragraphs are drawn with a real CJK font, not as empty
 * boxes: `npm start` and `npm test` install fonts-noto-cjk where it is missing
 * (scripts/setup.sh), and Chromium picks it up through fontconfig. The fonts
 * Chromium used for each glyph come from the DevTools protocol.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/browser';

const ARTICLE = readFileSync(new URL('../../scripts/demo/article.html', import.meta.url), 'utf8');

describe('CJK fonts', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ '/article.html': ARTICLE });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it.each(['zh-Hans', 'zh-Hant'])('draws the demo article’s %s paragraph with a CJK font', async (lang) => {
    const page = await h.open('/article.html');
    const cdp = await h.context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    await cdp.send('CSS.enable');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `p[lang="${lang}"]` });
    expect(nodeId, `no ${lang} paragraph in the demo article`).toBeGreaterThan(0);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const han = await page.locator(`p[lang="${lang}"]`).evaluate((p) => (p.textContent ?? '').match(/\p{Script=Han}/gu)?.length ?? 0);
    // Latin words in the paragraph may take a Latin font; every Han character must take a CJK one.
    const cjkGlyphs = fonts.filter((f) => /CJK|Han Sans|Han Serif|WenQuanYi|Droid Sans Fallback/i.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
    expect(cjkGlyphs, `fonts used: ${JSON.stringify(fonts)}; install one with \`bash scripts/setup.sh cjk-fonts\``).toBeGreaterThanOrEqual(han);
    await page.close();
  });
});
