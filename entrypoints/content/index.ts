import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '../../extension/content-script';
import { followHighlightStyle } from './highlight-style';
import { startHighlighting } from './highlighting';
import { startHoverCard } from './hover-card';
import { startPopupRequests } from './popup-requests';
import './style.css';

export default defineContentScript({
  // Registered by the background, or injected on a click in manual mode (extension/content-script.ts).
  registration: 'runtime',
  matches: CONTENT_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    void followHighlightStyle(ctx);
    const session = await startHighlighting(ctx);
    startHoverCard(ctx, session);
    startPopupRequests(ctx, session);
  },
});
