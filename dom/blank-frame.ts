/**
 * Frames with nothing to read yet. The content script runs in every frame,
 * srcdoc and about:blank ones included (matchOriginAsFallback), and many of
 * those are empty at document_idle: placeholders that a page fills later, or
 * never. Such a frame should cost next to nothing until text arrives
 * (issue 16): no setting read, nothing parsed or built.
 */

/** Whether a document holds nothing to read: no root, or a body with no element and only white space. */
export function isBlank(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  return root === null || (root.childElementCount === 0 && (root.textContent ?? '').trim() === '');
}

/**
 * Resolves true once the document is no longer blank (checked after each
 * batch of changes), or false when `signal` aborts first. One observer,
 * disconnected as soon as it has answered.
 */
export function whenNotBlank(doc: Document, signal: AbortSignal): Promise<boolean> {
  if (!isBlank(doc)) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const view = doc.defaultView!;
    const observer = new view.MutationObserver(() => {
      if (isBlank(doc)) return;
      done();
      resolve(true);
    });
    const onAbort = () => {
      done();
      resolve(false);
    };
    const done = () => {
      observer.disconnect();
      signal.removeEventListener('abort', onAbort);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
  });
}
