/**
 * A host element with an open shadow root for in-page UI, attached to the
 * page only while in use. Does what WXT's createShadowRootUi does for us in
 * a few lines: that helper also brings its auto-mount machinery (element
 * watchers and their dependencies), about 2.6 KB gzipped that the content
 * script's 40 KB budget cannot spare.
 */
export interface ShadowHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the UI renders. */
  readonly root: HTMLElement;
  /** Puts the host in the page, as the last child of <html>: outside <body>, never inside the page's content. */
  attach(): void;
  detach(): void;
}

/** Styles a shadow root without adding a node where it can: a page's CSP cannot block an adopted sheet. */
function style(shadow: ShadowRoot, css: string): void {
  const doc = shadow.ownerDocument;
  try {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const el = doc.createElement('style');
    el.textContent = css;
    shadow.prepend(el);
  }
}

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  style(shadow, css);
  const root = doc.createElement('div');
  shadow.append(root);
  return {
    host,
    shadow,
    root,
    attach() {
      if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
    },
    detach() {
      host.remove();
    },
  };
}
