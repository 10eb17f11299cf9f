import './start-mark';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../../extension/content-script';
import { waitForText } from './blank-frame';
import { followHighlightStyle } from './highlight-style';
import { startHighlighting } from './highlighting';
import { startHoverCard } from './hover-card';
import { startNavigation } from './navigation';
import '../../assets/highlight.css';

export default defineContentScript({
  // Registered by the background, or injected on a click in manual mode (extension/content-script.ts).
  registration: 'runtime',
  matches: CONTENT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // WXT would also window.postMessage its start, with our extension id, to every page: a page
  // could then tell that Backstory is installed (DESIGN.md §2.5).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!(await waitForText(ctx))) return;
    void followHighlightStyle(ctx);
    const page = await startHighlighting(ctx);
    const card = startHoverCard(ctx, page);
    startNavigation(ctx, page, card);
  },
});
