/**
 * `::highlight()` rules from the content script's stylesheet style the
 * document, not the inside of shadow roots. Adopting a constructed sheet
 * styles a root without adding a node to it.
 *
 * The user's highlight style, when it is not the default, is a second sheet
 * laid over those rules in the document and in every root styled here; it
 * is one object per document, so a change of style reaches all at once.
 */
const sheets = new WeakMap<Document, CSSStyleSheet>();

interface Override {
  sheet: CSSStyleSheet;
  active: boolean;
  roots: Set<WeakRef<ShadowRoot>>;
}
const overrides = new WeakMap<Document, Override>();

function canAdopt(doc: Document): boolean {
  return typeof doc.defaultView?.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in doc;
}

function overrideOf(doc: Document): Override {
  let o = overrides.get(doc);
  if (!o) {
    o = { sheet: new doc.defaultView!.CSSStyleSheet(), active: false, roots: new Set() };
    overrides.set(doc, o);
  }
  return o;
}

function include(target: Document | ShadowRoot, sheet: CSSStyleSheet, on: boolean): void {
  const has = target.adoptedStyleSheets.includes(sheet);
  if (on && !has) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  if (!on && has) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
}

export function adoptHighlightStyle(root: ShadowRoot, css: string): void {
  const doc = root.ownerDocument;
  if (!canAdopt(doc) || !('adoptedStyleSheets' in root)) return;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(doc, sheet);
  }
  include(root, sheet, true);
  const override = overrideOf(doc);
  override.roots.add(new WeakRef(root));
  if (override.active) include(root, override.sheet, true);
}

/**
 * Lays `css` over the highlight rules of the document and its styled roots;
 * an empty string takes the override away, leaving no sheet of ours behind.
 */
export function setHighlightOverride(doc: Document, css: string): void {
  if (!canAdopt(doc)) return;
  const override = overrideOf(doc);
  override.active = css !== '';
  override.sheet.replaceSync(css);
  include(doc, override.sheet, override.active);
  for (const ref of override.roots) {
    const root = ref.deref();
    if (root) include(root, override.sheet, override.active);
    else override.roots.delete(ref);
  }
}

/**
 * Takes our sheets out of every shadow root styled here (when highlighting stops on the page):
 * the roots are the page's, and what we adopted into them must not outlive our highlights.
 */
export function releaseHighlightStyle(doc: Document): void {
  const override = overrides.get(doc);
  if (!override) return;
  const sheet = sheets.get(doc);
  for (const ref of override.roots) {
    const root = ref.deref();
    if (!root) continue;
    if (sheet) include(root, sheet, false);
    include(root, override.sheet, false);
  }
  override.roots.clear();
}
