// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { documentLanguageHints, mentionLanguageHints, SAMPLE_CHARS } from '../../dom/mention-language';
import type { PageMention } from '../../dom/page-scanner';

/** The mention of `name` in the paragraph `p`, with the paragraph's text nodes as its run. */
function mentionIn(p: Element, name: string): PageMention {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const start = text.indexOf(name);
  return { entityId: 'x', run: { container: p, text, nodes, starts } as PageMention['run'], start, end: start + name.length };
}

function page(html: string, lang: string | null = null): Element {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
  document.title = '';
});

describe('mentionLanguageHints', () => {
  it("reads the document's lang, and sends no page text when it settles the language", () => {
    const p = page('<p>A report by Safeguard Defenders.</p>', 'en');
    expect(mentionLanguageHints(mentionIn(p, 'Safeguard Defenders'))).toEqual({ declared: 'en', sample: '' });
    const tw = page('<p>保護衛士發表報告。</p>', 'zh-TW');
    expect(mentionLanguageHints(mentionIn(tw, '保護衛士'))).toEqual({ declared: 'zh-TW', sample: '' });
  });

  it("reads the nearest lang: the mention's own element's over its paragraph's and the document's", () => {
    const p = page('<p lang="zh-CN">报告 <span lang="en">by <b>Safeguard Defenders</b></span> 发表。</p>', 'zh-TW');
    expect(mentionLanguageHints(mentionIn(p, 'Safeguard Defenders')).declared).toBe('en');
    expect(mentionLanguageHints(mentionIn(p, '报告')).declared).toBe('zh-CN');
  });

  it('sends the text around the mention where no lang says anything, or only "zh"', () => {
    const text = '保护卫士发表报告，称中国在海外设立了多个站点。';
    expect(mentionLanguageHints(mentionIn(page(`<p>${text}</p>`), '保护卫士'))).toEqual({ declared: '', sample: text });
    expect(mentionLanguageHints(mentionIn(page(`<p>${text}</p>`, 'zh'), '保护卫士'))).toEqual({ declared: 'zh', sample: text });
  });

  it('sends at most a few sentences around the mention, however long its block', () => {
    const long = `${'甲'.repeat(5000)}保护卫士${'乙'.repeat(5000)}`;
    const { sample } = mentionLanguageHints(mentionIn(page(`<p>${long}</p>`), '保护卫士'));
    expect(sample.length).toBe(SAMPLE_CHARS);
    expect(sample).toContain('保护卫士');
  });
});

describe('documentLanguageHints', () => {
  it("reads the document's lang", () => {
    page('<p>Text.</p>', 'zh-Hant');
    expect(documentLanguageHints(document)).toEqual({ declared: 'zh-Hant', sample: '' });
  });

  it('samples the title and the first mention where the document does not say', () => {
    const p = page('<p>刘祖廸在伦敦接受采访。</p>');
    document.title = '海外警务服务站';
    expect(documentLanguageHints(document, mentionIn(p, '刘祖廸'))).toEqual({ declared: '', sample: '海外警务服务站 刘祖廸在伦敦接受采访。' });
  });
});
