/**
 * Collects a page's text as *runs*: the text of consecutive inline content
 * inside one block (DESIGN.md §2.2). `Safeguard <em>Defenders</em>` is one
 * run; text is never joined across blocks, skipped elements or our own UI.
 *
 * Block-ness is decided by tag name, not by computed style: reading styles
 * would force layout on every scan. Unknown and custom elements count as
 * blocks, which can only split a run, never join unrelated text.
 */

/** The element (or root) that directly holds a run; results are kept per container. */
export type Container = Element | ShadowRoot | Document;

export interface TextRun {
  container: Container;
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node's data starts. */
  starts: number[];
}

const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 'rb', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'br', 'img', 'picture',
]);

/** Subtrees whose text is not prose a reader sees, or not ours to touch. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'datalist',
  'code', 'kbd', 'samp', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'svg',
  'math', 'head', 'title', 'button', 'backstory-card',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Attributes that change how an element's text is read, so a page that toggles them must be
 * observed for them: `hidden` and `contenteditable` make it skipped, `lang` picks the aliases
 * that apply (a single-page app may switch the page's language).
 */
export const WATCHED_ATTRIBUTES = ['hidden', 'contenteditable', 'lang'];

export function isSkippedElement(el: Element): boolean {
  return SKIPPED.has(el.localName) || skippedByAttribute(el);
}

/** The attribute half of isSkippedElement, for a caller that has read the name already. */
function skippedByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export function isBlockElement(el: Element): boolean {
  return !INLINE.has(el.localName);
}

/** Whether any ancestor (crossing shadow roots) is skipped; such text is never scanned. */
export function isInSkippedSubtree(node: Node): boolean {
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element)) return true;
    n = n.parentNode ?? (n.nodeType === DOCUMENT_FRAGMENT_NODE ? ((n as ShadowRoot).host ?? null) : null);
  }
  return false;
}

/**
 * The language of a node's text (BCP 47): its nearest `lang` attribute, crossing out of shadow
 * roots, up to the document's root element; '' when there is none (or an empty one, which HTML
 * defines as unknown).
 */
export function languageOf(node: Node): string {
  let n: Node | null = node.nodeType === 9 ? (node as Document).documentElement : node;
  while (n) {
    if (n.nodeType === ELEMENT_NODE) {
      const lang = (n as Element).getAttribute('lang');
      if (lang !== null) return lang.trim();
    }
    n = n.parentNode ?? (n.nodeType === DOCUMENT_FRAGMENT_NODE ? ((n as ShadowRoot).host ?? null) : null);
  }
  return '';
}

/** The nearest block ancestor (or root) of a node: the container whose runs include it. */
export function containerOf(node: Node): Container {
  for (let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE) {
      if (isBlockElement(n as Element)) return n as Element;
    } else if (n.nodeType === DOCUMENT_FRAGMENT_NODE || n.nodeType === 9) {
      return n as ShadowRoot | Document;
    }
  }
  return node.ownerDocument ?? (node as Document);
}

export interface CollectOptions {
  onRun: (run: TextRun) => void;
  /**
   * Whether a run with this text is worth reporting. A run refused here is
   * dropped before any object is made for it, which spares the allocations
   * (and the garbage collection) for the many runs that mention nothing.
   */
  wants?: (text: string) => boolean;
  /** A block inside the container: a container of its own, which the caller may scan next. */
  onNestedBlock?: (block: Element) => void;
  /** An open shadow root inside the container's inline content, or the container's own. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Asked every few nodes whether to pause: a container can hold a hundred thousand nodes of its
   * own (a feed appending to one element), too many to read in one slice of work.
   */
  shouldPause?: () => boolean;
}

/** Where a paused walk goes on: the next node to read, and the run open at that point. */
export interface CollectCursor {
  next: Node;
  text: string;
  nodes: Text[] | null;
  starts: number[];
}

/** Nodes read between two questions to shouldPause: a clock read is a call into the browser. */
const PAUSE_EVERY = 128;

/**
 * Emits the runs that `container` holds directly, without entering nested
 * blocks (reported through `onNestedBlock`). Scanning one container at a time
 * is what lets a full scan be sliced into short tasks and a mutation rescan
 * only the blocks it touched.
 *
 * Returns null when the container is read, or a cursor to pass back (`from`)
 * to go on after a pause. The caller must not rely on a paused container's
 * runs if the page changed it meanwhile: the change is queued, and the
 * container read again.
 *
 * Walks with firstChild/nextSibling: a TreeWalker with a filter would cost a
 * call into script per node. Each DOM property read is a call from the
 * content script into the browser, the main cost of a scan: each is read
 * once per node.
 */
export function collectRuns(container: Container, options: CollectOptions, from?: CollectCursor): CollectCursor | null {
  const { onRun, wants, onNestedBlock, onShadowRoot, shouldPause } = options;
  let node: Node | null;
  let text = '';
  // Made when the first text node comes: many containers hold only blocks.
  let nodes: Text[] | null = null;
  let starts: number[] = [];
  if (from) {
    ({ next: node, text, nodes, starts } = from);
  } else {
    if (container.nodeType === ELEMENT_NODE) {
      const el = container as Element;
      if (isSkippedElement(el)) return null;
      const shadow = onShadowRoot ? el.shadowRoot : null;
      if (shadow) onShadowRoot!(shadow);
    }
    node = container.firstChild;
  }
  const flush = () => {
    if (nodes === null || nodes.length === 0) return;
    if (wants && !wants(text)) {
      text = '';
      nodes.length = 0;
      starts.length = 0;
      return;
    }
    onRun({ container, text, nodes, starts });
    text = '';
    nodes = null;
    starts = [];
  };

  let read = 0;
  while (node) {
    if (shouldPause && ++read % PAUSE_EVERY === 0 && shouldPause()) return { next: node, text, nodes, starts };
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        starts.push(text.length);
        (nodes ??= []).push(node as Text);
        text += data;
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const name = el.localName;
      if (name === 'br') {
        // A line break separates words but not a name: "Safeguard<br>Defenders" reads as one.
        if (nodes !== null && nodes.length > 0) text += ' ';
      } else if (!INLINE.has(name) || SKIPPED.has(name)) {
        // Text on either side of a block or a skipped element is not one phrase.
        flush();
        if (onNestedBlock && !SKIPPED.has(name) && !skippedByAttribute(el)) onNestedBlock(el);
      } else if (skippedByAttribute(el)) {
        flush();
      } else {
        descend = true;
        const shadow = onShadowRoot ? el.shadowRoot : null;
        if (shadow) onShadowRoot!(shadow);
      }
    }
    if (descend) {
      const child: Node | null = node.firstChild;
      if (child) {
        node = child;
        continue;
      }
    }
    let next: Node | null = node.nextSibling;
    while (!next) {
      node = node.parentNode;
      if (!node || node === container) break;
      next = node.nextSibling;
    }
    node = next;
  }
  flush();
  return null;
}

/** Maps an offset in a run's text to a position in one of its text nodes. */
export function positionAt(run: TextRun, offset: number, isEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = run;
  // The last node starting at or before the offset; an end offset belongs to the node before it.
  let lo = 0;
  let hi = starts.length - 1;
  const target = isEnd ? offset - 1 : offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  const local = offset - starts[lo]!;
  return { node, offset: Math.max(0, Math.min(local, node.data.length)) };
}
