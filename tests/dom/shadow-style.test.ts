// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adoptHighlightStyle, releaseHighlightStyle, setHighlightOverride } from '../../dom/shadow-style';

const BASE = '::highlight(backstory-mention) { background-color: red; }';
const OVER = '::highlight(backstory-mention) { background-color: transparent !important; }';

function root(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

/** A page's root with a sheet of its own, styled by us, with the user's override laid over. */
function styledRootWithOwnSheet(): { r: ShadowRoot; own: CSSStyleSheet } {
  const own = new CSSStyleSheet();
  const r = root();
  r.adoptedStyleSheets = [own];
  adoptHighlightStyle(r, BASE);
  setHighlightOverride(document, OVER);
  return { r, own };
}

describe('shadow-style', () => {
  it('adopts one shared rules sheet into each root, once', () => {
    const a = root();
    const b = root();
    adoptHighlightStyle(a, BASE);
    adoptHighlightStyle(a, BASE);
    adoptHighlightStyle(b, BASE);
    expect(a.adoptedStyleSheets).toHaveLength(1);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
  });

  it('lays an override over the document and every styled root, and takes it away again', () => {
    const before = root();
    adoptHighlightStyle(before, BASE);
    setHighlightOverride(document, OVER);
    const after = root();
    adoptHighlightStyle(after, BASE);
    const override = document.adoptedStyleSheets.at(-1)!;
    // happy-dom does not parse ::highlight rules, so the sheets are compared by identity.
    for (const target of [before, after]) expect(target.adoptedStyleSheets).toEqual([before.adoptedStyleSheets[0], override]);
    expect(override).not.toBe(before.adoptedStyleSheets[0]);

    setHighlightOverride(document, '');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(before.adoptedStyleSheets).toHaveLength(1);
    expect(after.adoptedStyleSheets).toHaveLength(1);
  });

  it('keeps a page’s own sheets in place', () => {
    const { r, own } = styledRootWithOwnSheet();
    expect(r.adoptedStyleSheets[0]).toBe(own);
    setHighlightOverride(document, '');
    expect(r.adoptedStyleSheets[0]).toBe(own);
    expect(r.adoptedStyleSheets).toHaveLength(2);
  });

  it('takes its sheets out of every styled root when released, keeping the page’s own, and can style them again', () => {
    const { r, own } = styledRootWithOwnSheet();
    expect(r.adoptedStyleSheets).toHaveLength(3);
    releaseHighlightStyle(document);
    expect(r.adoptedStyleSheets).toEqual([own]);
    adoptHighlightStyle(r, BASE);
    expect(r.adoptedStyleSheets).toHaveLength(3);
    setHighlightOverride(document, '');
    releaseHighlightStyle(document);
    expect(r.adoptedStyleSheets).toEqual([own]);
  });
});
