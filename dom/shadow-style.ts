/**
 * `::highlight()` rules from the content script's stylesheet style the
 * document, not the inside of shadow roots. Adopting a constructed sheet
 * styles a root without adding a node to it.
 */
const sheets = new WeakMap<Document, CSSStyleSheet>();

export function adoptHighlightStyle(root: ShadowRoot, css: string): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(doc, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
